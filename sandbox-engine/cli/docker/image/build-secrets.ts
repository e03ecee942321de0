/**
 * `docker build --secret id=ID[,src=PATH|,env=VAR][,type=file|env]`: buildx reads each secret on
 * the client, with the caller's permissions and environment, and serves it to the builder over
 * the session; the daemon never sees the file. Parsing after buildx util/buildflags/secrets.go;
 * a file is stat'ed up front (buildkit session/secrets/secretsprovider NewStore: "failed to stat
 * <src>"), an env var that is unset is simply not a secret (the mount then reports it missing).
 * Without src= and env=, the variable named like the id is used if set, else the file of that name.
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
  const out = new Map<string, Uint8Array>();
  for (const value of values) {
    const spec = parseSpec(value);
    let { src } = spec;
    let envName = spec.env;
    if (src === '' && envName === '') {
      if (env[spec.id] !== undefined) envName = spec.id;
      else src = spec.id;
    }
    if (envName !== '') {
      const v = env[envName];
      if (v !== undefined) out.set(spec.id, utf8(v));
      continue;
    }
    try {
      fs.stat(src);
      out.set(spec.id, fs.readFile(src));
    } catch (e) {
      if (isFsError(e)) throw new SecretSpecError(`failed to stat ${src}: ${e.syscall === 'open' ? 'open' : 'stat'} ${src}: ${goErrnoText(e.code)}`);
      throw e;
    }
  }
  return out;
}
