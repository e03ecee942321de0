/**
 * `docker build PATH` through BuildKit (Engine 28's default builder; the client side is buildx's
 * `build`): the client reads the context directory and the Dockerfile with the caller's
 * permissions, applies `.dockerignore` (`<Dockerfile>.dockerignore` next to the Dockerfile wins),
 * and the daemon's builder (builder/build.ts) solves it. Progress goes to stderr in BuildKit's
 * plain format (the TTY display is not simulated: --progress=auto|tty|plain all print it,
 * --progress=quiet nothing); -q prints only the image ID on stdout. --secret values are read
 * here, on the client (build-secrets.ts); --ssh is accepted but no agent is forwarded; --load is
 * what the moby exporter does anyway. Failures end with buildx's error block and status 1.
 */
import type { Invocation } from '../../command.ts';
import type { DockerIO } from '../io.ts';
import { buildImage as build } from '../../../daemon/build.ts';
import { readContext } from '../../../builder/context.ts';
import { DockerIgnore } from '../../../builder/dockerignore.ts';
import { parseNormalizedNamed, ReferenceError, tagNameOnly, type Named } from '../../../reference/reference.ts';
import { isFsError } from '../../../vfs/errors.ts';
import type { FileSystem } from '../../../vfs/types.ts';
import { fromUtf8 } from '../../../util/text.ts';
import { readSecrets, SecretSpecError } from './build-secrets.ts';

function readIfExists(fs: FileSystem, path: string): string | null {
  try {
    return fromUtf8(fs.readFile(path));
  } catch (e) {
    if (isFsError(e, 'ENOENT')) return null;
    throw e;
  }
}

function dirOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i < 0 ? '.' : i === 0 ? '/' : p.slice(0, i);
}

function baseOf(p: string): string {
  return p.slice(p.lastIndexOf('/') + 1);
}

export async function buildCmd(inv: Invocation, io: DockerIO): Promise<number> {
  const fs = io.ctx.fs;
  const quiet = inv.flags.bool('quiet');
  const ctxPath = inv.args[0];
  const fail = async (msg: string): Promise<number> => {
    await io.stderr(`ERROR: ${msg}\n`);
    return 1;
  };
  const tags: Named[] = [];
  for (const t of inv.flags.list('tag')) {
    try {
      tags.push(tagNameOnly(parseNormalizedNamed(t)));
    } catch (e) {
      if (e instanceof ReferenceError) return fail(`invalid tag ${JSON.stringify(t)}: ${e.message}`);
      throw e;
    }
  }
  const buildArgs = new Map<string, string>();
  for (const kv of inv.flags.list('build-arg')) {
    const i = kv.indexOf('=');
    if (i >= 0) buildArgs.set(kv.slice(0, i), kv.slice(i + 1));
    else if (io.ctx.env[kv] !== undefined) buildArgs.set(kv, io.ctx.env[kv]);
  }
  let secrets: Map<string, Uint8Array>;
  try {
    secrets = readSecrets(inv.flags.list('secret'), fs, io.ctx.env);
  } catch (e) {
    if (e instanceof SecretSpecError) return fail(e.message);
    throw e;
  }
  let isDir = false;
  try {
    isDir = fs.stat(ctxPath).kind === 'dir';
  } catch (e) {
    if (!isFsError(e)) throw e;
  }
  if (!isDir) return fail(`unable to prepare context: path ${JSON.stringify(ctxPath)} not found`);
  const root = fs.realpath(ctxPath);
  const dfPath = inv.flags.changed('file') ? inv.flags.string('file') : `${ctxPath}/Dockerfile`;
  const dfName = inv.flags.changed('file') ? baseOf(dfPath) : 'Dockerfile';
  let dockerfile: string | null;
  let ignoreText: string | null;
  try {
    dockerfile = readIfExists(fs, dfPath);
    ignoreText = readIfExists(fs, `${dirOf(dfPath)}/${dfName}.dockerignore`) ?? readIfExists(fs, `${root}/.dockerignore`);
  } catch (e) {
    if (isFsError(e)) return fail(`failed to build: ${e.message}`);
    throw e;
  }
  if (dockerfile === null) {
    // bk:frontend/dockerui/config.go: "failed to read dockerfile".
    return fail(`failed to build: failed to solve: failed to read dockerfile: open ${dfName}: no such file or directory`);
  }
  const ignore = new DockerIgnore(ignoreText ?? '');
  let context;
  try {
    context = readContext(fs, root, ignore);
  } catch (e) {
    if (isFsError(e)) return fail(`failed to build: ${e.message}`);
    throw e;
  }
  let pending: Promise<void> = Promise.resolve();
  const progress = quiet || inv.flags.string('progress') === 'quiet' ? null : (t: string) => void (pending = pending.then(() => io.stderr(t)));
  const r = await build(io.daemon, {
    dockerfile,
    dockerfileName: dfName,
    dockerignoreSize: ignoreText === null ? 0 : new TextEncoder().encode(ignoreText).length,
    context,
    tags,
    buildArgs,
    noCache: inv.flags.bool('no-cache'),
    target: inv.flags.string('target'),
    secrets,
    progress,
  });
  await pending;
  if (!r.ok) {
    if (quiet) await io.stderr(r.text.slice(r.text.lastIndexOf('ERROR: failed to build')));
    return 1;
  }
  if (quiet) await io.stdout(`${r.id}\n`);
  return 0;
}
