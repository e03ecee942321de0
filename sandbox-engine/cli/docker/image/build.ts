/**
 * `docker build PATH` through BuildKit (Engine 28's default builder; the client side is buildx's
 * `build`): the client reads the context directory and the Dockerfile with the caller's
 * permissions, applies `.dockerignore` (`<Dockerfile>.dockerignore` next to the Dockerfile wins),
 * and the daemon's builder (builder/build.ts) solves it. Progress goes to stderr in BuildKit's
 * plain format, or on a terminal (--progress=tty, or auto with stderr a TTY) its final TTY frame
 * (builder/progress-tty.ts); -q or --progress=quiet prints only the image ID on stdout, none nothing. --secret values are read
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
import { TtyProgress } from '../../../builder/progress-tty.ts';
import { missingDockerfileProgress } from '../../../builder/progress.ts';

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

/**
 * buildx checks -t with reference.Parse, not the normalizing parser (build/opt.go:221, wrapped
 * by commands/build.go:461), so its words are the library's own: an upper-case repository name
 * (the tag may have capitals), no name at all, or any other malformed reference.
 */
function tagParseError(t: string): string {
  if (t === '') return 'repository name must have at least one component';
  const slash = t.lastIndexOf('/');
  const end = t.slice(slash + 1).search(/[:@]/);
  const name = end < 0 ? t : t.slice(0, slash + 1 + end);
  const path = name.includes('/') && /[.:]|^localhost\//.test(name.slice(0, name.indexOf('/') + 1)) ? name.slice(name.indexOf('/') + 1) : name;
  return path !== path.toLowerCase() ? 'repository name must be lowercase' : 'invalid reference format';
}

/**
 * --platform: buildx's is a stringArray (commands/build.go:542), the values joined as
 * platformutil.Parse splits them on commas; the legacy spec (DOCKER_BUILDKIT=0) has a string.
 */
function platformFlag(inv: Invocation): string {
  const v = inv.flags.get('platform');
  return Array.isArray(v) ? v.join(',') : String(v);
}

export async function buildCmd(inv: Invocation, io: DockerIO): Promise<number> {
  const fs = io.ctx.fs;
  // buildx v0.29.1 commands/build.go toDisplayMode: --progress=quiet is -q (the ID is printed),
  // none prints nothing; -q goes only with auto or quiet. Then its printer (util/progress/
  // printer.go NewPrinter): BUILDKIT_PROGRESS stands for auto; progressui.NewDisplay refuses a TTY
  // display without a terminal, and unknown modes.
  const given = inv.flags.changed('progress') ? inv.flags.string('progress') : 'auto';
  const quiet = inv.flags.bool('quiet') || given === 'quiet';
  let mode = given === 'none' ? 'quiet' : given;
  if (quiet) {
    if (mode !== 'auto' && mode !== 'quiet') {
      await io.stderr(`ERROR: progress=${given} and quiet cannot be used together\n`);
      return 1;
    }
    mode = 'quiet';
  }
  if (mode === 'auto' && (io.ctx.env.BUILDKIT_PROGRESS ?? '') !== '') mode = io.ctx.env.BUILDKIT_PROGRESS;
  if (mode === '') mode = 'auto';
  if (mode === 'tty' && !io.ctx.stderr.isTTY) {
    await io.stderr('ERROR: failed to get console: provided file is not a console\n');
    return 1;
  }
  if (!['auto', 'tty', 'plain', 'quiet', 'rawjson'].includes(mode)) {
    await io.stderr(`ERROR: invalid progress mode ${mode}\n`);
    return 1;
  }
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
      if (e instanceof ReferenceError) return fail(`failed to build: invalid tag ${JSON.stringify(t)}: ${tagParseError(t)}`);
      throw e;
    }
  }
  // buildx v0.29.1 build/opt.go:365-374: the RUN steps' network (toSolveOpt, after the tags).
  const network = inv.flags.string('network');
  if (network !== '' && network !== 'default' && network !== 'none' && network !== 'host') {
    return fail(`failed to build: network mode ${JSON.stringify(network)} not supported by buildkit - you can define a custom network for your builder using the network driver-opt in buildx create`);
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
  // The Dockerfile from stdin (`-f -`, or `-` as the context: then the context is an empty
  // directory), written to a temporary `Dockerfile` (buildx v0.29.1 build/opt.go:430-456,469,503).
  const dfFlag = inv.flags.changed('file') ? inv.flags.string('file') : '';
  let stdinDockerfile: string | null = null;
  if (ctxPath === '-' || dfFlag === '-') {
    if (ctxPath === '-' && dfFlag === '-') return fail("failed to build: invalid argument: can't use stdin for both build context and dockerfile");
    if (ctxPath === '-' && dfFlag !== '') return fail('failed to build: ambiguous Dockerfile source: both stdin and flag correspond to Dockerfiles');
    stdinDockerfile = fromUtf8(await io.ctx.stdin.readAll());
  }
  let isDir = ctxPath === '-';
  try {
    if (!isDir) isDir = fs.stat(ctxPath).kind === 'dir';
  } catch (e) {
    if (!isFsError(e)) throw e;
  }
  // build/opt.go:497 (loadInputs), wrapped by commands/build.go:461 (buildx v0.29.1).
  if (!isDir) return fail(`failed to build: unable to prepare context: path ${JSON.stringify(ctxPath)} not found`);
  const root = ctxPath === '-' ? null : fs.realpath(ctxPath);
  const dfPath = dfFlag !== '' ? dfFlag : `${ctxPath}/Dockerfile`;
  const dfName = dfFlag !== '' && stdinDockerfile === null ? baseOf(dfPath) : 'Dockerfile';
  let dockerfile: string | null;
  let ignoreText: string | null;
  try {
    dockerfile = stdinDockerfile ?? readIfExists(fs, dfPath);
    // bk:frontend/dockerui/config.go:380-392: a missing `Dockerfile` is looked for as `dockerfile`.
    if (dockerfile === null && stdinDockerfile === null && baseOf(dfPath) === 'Dockerfile') dockerfile = readIfExists(fs, `${dirOf(dfPath)}/dockerfile`);
    ignoreText = root === null ? null : ((stdinDockerfile === null ? readIfExists(fs, `${dirOf(dfPath)}/${dfName}.dockerignore`) : null) ?? readIfExists(fs, `${root}/.dockerignore`));
  } catch (e) {
    if (isFsError(e)) return fail(`failed to build: ${e.message}`);
    throw e;
  }
  if (dockerfile === null) {
    // bk:frontend/dockerui/config.go: "failed to read dockerfile", after its (empty) transfer.
    if (mode !== 'quiet') await io.stderr(missingDockerfileProgress(io.daemon.host.clock, dfName));
    return fail(`failed to build: failed to solve: failed to read dockerfile: open ${dfName}: no such file or directory`);
  }
  const ignore = new DockerIgnore(ignoreText ?? '');
  let context;
  try {
    context = root === null ? { entries: new Map(), size: 0 } : readContext(fs, root, ignore);
  } catch (e) {
    if (isFsError(e)) return fail(`failed to build: ${e.message}`);
    throw e;
  }
  let pending: Promise<void> = Promise.resolve();
  let progress: ((t: string) => void) | null = mode === 'quiet' ? null : (t: string) => void (pending = pending.then(() => io.stderr(t)));
  const tty = progress && (mode === 'tty' || (mode === 'auto' && io.ctx.stderr.isTTY)) ? new TtyProgress({ now: () => io.daemon.host.clock.now(), columns: io.ctx.columns, noColor: (io.ctx.env.NO_COLOR ?? '') !== '' }) : null;
  if (tty) progress = (t: string) => tty.write(t);
  const r = await build(io.daemon, {
    dockerfile,
    dockerfileName: dfName,
    dockerignoreSize: ignoreText === null ? 0 : new TextEncoder().encode(ignoreText).length,
    context,
    tags,
    buildArgs,
    noCache: inv.flags.bool('no-cache'),
    target: inv.flags.string('target'),
    platform: platformFlag(inv) || undefined,
    contextDir: root ?? undefined,
    secrets,
    network: network === 'none' || network === 'host' ? network : 'default',
    progress,
  });
  await pending;
  if (tty) await io.stderr(tty.finish());
  if (!r.ok) {
    // The quiet display prints nothing; main.go still prints the excerpt and the ERROR line.
    if (quiet) await io.stderr(r.summary);
    return 1;
  }
  if (quiet) await io.stdout(`${r.id}\n`);
  return 0;
}
