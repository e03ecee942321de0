/**
 * `docker build --secret id=ID[,src=PATH|,env=VAR][,type=file|env]`: buildx reads each secret on
 * the client, with the caller's permissions and environment, and serves it to the builder over
 * the session; the daemon never sees the file. Two steps, as in buildx v0.29.1:
 * - every spec is parsed first (util/buildflags/secrets.go, from commands/build.go:189 toOptions:
 *   its errors are printed as they are);
 * - then the store is made (build/opt.go:787 CreateSecrets, BuildKit v0.25.2
 *   session/secrets/secretsprovider/store.go NewStore), inside RunBuild, whose errors
 *   runBuildWithOptions wraps in "failed to build" (commands/build.go:461): a secret needs an id;
 *   without src= and env= the variable named like the id is used if set, else the file of that
 *   name; a file is stat'ed up front ("failed to stat <src>"). An env= secret is served as the
 *   variable's value, empty when it is unset (fileStore.GetSecret: os.Getenv).
 */
import type { FileSystem } from '../../../vfs/types.ts';
import { isFsError } from '../../../vfs/errors.ts';
import { goErrnoText } from '../../../volume/go-errno.ts';
import { utf8 } from '../../../util/text.ts';

export class SecretSpecError extends Error {}

interface SecretSpec {
  id: string;
  src: string;
  env: string;
}

function parseSpec(value: string): SecretSpec {
  const spec: SecretSpec = { id: '', src: '', env: '' };
  let typ = '';
  for (const field of value.split(',')) {
    const eq = field.indexOf('=');
    const key = (eq < 0 ? field : field.slice(0, eq)).toLowerCase();
    const v = eq < 0 ? '' : field.slice(eq + 1);
    if (eq < 0) throw new SecretSpecError(`invalid field '${field}' must be a key=value pair`);
    switch (key) {
      case 'type':
        if (v !== 'file' && v !== 'env') throw new SecretSpecError(`unsupported secret type ${JSON.stringify(v)}`);
        typ = v;
        break;
      case 'id': spec.id = v; break;
      case 'source': case 'src': spec.src = v; break;
      case 'env': spec.env = v; break;
      default: throw new SecretSpecError(`unexpected key '${key}' in '${field}'`);
    }
  }
  // type=env takes its variable from src= when env= is not given.
  if (typ === 'env' && spec.env === '') {
    spec.env = spec.src;
    spec.src = '';
  }
  return spec;
}

export function readSecrets(values: readonly string[], fs: FileSystem, env: Readonly<Record<string, string>>): Map<string, Uint8Array> {
  const specs = values.filter((v) => v !== '').map(parseSpec);
  const out = new Map<string, Uint8Array>();
  const storeError = (msg: string) => new SecretSpecError(`failed to build: ${msg}`);
  for (const spec of specs) {
    if (spec.id === '') throw storeError('secret missing ID');
    let { src } = spec;
    let envName = spec.env;
    if (src === '' && envName === '') {
      if (env[spec.id] !== undefined) envName = spec.id;
      else src = spec.id;
    }
    if (envName !== '') {
      out.set(spec.id, utf8(env[envName] ?? ''));
      continue;
    }
    try {
      fs.stat(src);
      out.set(spec.id, fs.readFile(src));
    } catch (e) {
      if (isFsError(e)) throw storeError(`failed to stat ${src}: ${e.syscall === 'open' ? 'open' : 'stat'} ${src}: ${goErrnoText(e.code)}`);
      throw e;
    }
  }
  return out;
}
