/**
 * Records the engine scenario goldens: runs every test/scenarios/engine/<NNN>-<name>.sh against a
 * real Docker engine and writes test/scenarios/engine/goldens/<NNN>-<name>.json, which
 * test/scenarios/engine.test.ts replays in the simulator. Format and directives:
 * test/scenarios/lib/scenario-file.ts; normalization: test/scenarios/lib/normalize.ts.
 *
 *   /work/main/node_modules/.bin/node scripts/catalog-to-tar.ts --out /tmp/scenario-rec/catalog
 *   /work/main/node_modules/.bin/node scripts/record-scenarios.ts --images /tmp/scenario-rec/catalog
 *   /work/main/node_modules/.bin/node scripts/record-scenarios.ts [--only NAME ...] [--once]
 *       [--images DIR | --dev-images] [--keep-daemon] [--check]
 *
 * Must run as root on a machine with docker.io (dockerd 20.10), the docker CLI 28 at
 * /usr/local/bin/docker, docker-registry, busybox-static and gcc (Debian:
 * `apt-get install docker.io docker-registry busybox-static gcc`).
 *
 * The engine. A private daemon, not the shared reference one (/tmp/refdocker): scenarios remove
 * every container, volume and non-base image between runs and list `docker ps -a` / `docker images`,
 * so they need an engine nobody else uses. It is the same dockerd with the same flags as
 * reference-docker.md (`--bridge=none`, no iptables), data root /tmp/scenario-rec/root, plus a local
 * registry (docker-registry on 127.0.0.1:5555) configured as the daemon's registry mirror: so
 * `docker pull alpine` really pulls, with Docker Hub's names and output, and base images carry
 * RepoDigests as pulled images do. Both are started if not running and stopped at the end unless
 * --keep-daemon (only the processes this script started, by pid; the binfmt_misc entry below is
 * removed at the end too).
 *
 * Base images (BASE_IMAGES in test/scenarios/lib/base-images.ts) are loaded into the registry once:
 * --images DIR takes the output of `scripts/catalog-to-tar.ts --out DIR` and `docker load`s each
 * DIR/<image>/image.tar, the simulator's own config bytes and layer tars (so IDs, DiffIDs, history,
 * sizes and file trees are the simulator's). Their executables are the simulator's ELF stubs; a
 * binfmt_misc entry (stub-exec.c, compiled here with gcc -static) runs them as Debian's
 * busybox-static with the original argv, so alpine and busybox containers work and `ps` shows the
 * real command lines. (ubuntu's and nginx's programs would run as busybox applets too: scenarios
 * do not run them.) --dev-images builds busybox stand-ins instead, for developing scenarios only:
 * goldens recorded from them are marked "DEV" and the test refuses them. Then the images are
 * pushed as 127.0.0.1:5555/library/<repo>:<tag>, removed locally and pulled back by their Hub names.
 *
 * One recorder runs at a time (a lock, record.lock under /tmp/scenario-rec): a second one waits.
 *
 * The bridge engine. A scenario whose header has `# engine: bridge` runs on a second private
 * daemon that has the default bridge network, as a Debian install of Docker has (data root
 * /tmp/scenario-rec/root-bridge, exec root .../exec-bridge, socket .../docker-bridge.sock, same
 * registry mirror, no iptables). Its bridge is the user-managed device simbr0 (172.17.0.1/16,
 * created here if missing and removed at the end if this run created it), given with --bridge:
 * a daemon started with --bridge=none deletes `docker0` (moby daemon_unix.go
 * removeDefaultBridgeInterface), and the other private engines on this machine are started so.
 * In its goldens `simbr0` is written `docker0` (the default bridge's device name,
 * daemon_unix.go:992 getDefaultBridgeName) and its exec root `/var/run/docker`. Builds there run
 * without the forced `--network=none`.
 *
 * A scenario run: the engine is reset (all containers and volumes removed, images other than the
 * base ones removed, base tags pulled back if a scenario removed them), a fresh scratch directory
 * /tmp/scenario-rec/work becomes the cwd and HOME, and each command runs as
 * `timeout 60 bash -c COMMAND` as root with stdin /dev/null, `/var/lib/docker` in the command
 * replaced by the daemon's data root. Each scenario is run twice (unless --once) and must give the
 * same normalized result both times. Then its `# patched:` lines are applied and the golden is
 * written. --check records and compares with the existing goldens without writing.
 *
 * `docker build` or `docker image build` (at the start of a line or after `&&`, `;`, `|`) runs as
 * `DOCKER_BUILDKIT=1 /usr/bin/docker build --network=none --progress=plain ...`: the CLI 28 needs
 * buildx, which this machine lacks, so builds use Debian's 20.10 client with BuildKit (the daemon
 * has no bridge, hence --network=none; plain progress is what a non-TTY CLI 28 prints). The reset
 * before each run also empties the build cache (`docker builder prune -af`). Where its
 * output differs from Engine 28 (buildx), scenarios carry `# patched:` lines.
 */
import { spawn, spawnSync, type SpawnSyncReturns } from 'node:child_process';
import * as fs from 'node:fs';
import * as path from 'node:path';
import { parseScenario, type Scenario } from '../test/scenarios/lib/scenario-file.ts';
import { ScenarioNormalizer, expandNormalizers } from '../test/scenarios/lib/normalize.ts';
import { applyPatches, goldenRelPath, resultsEqual, describeDifferences, type Golden, type GoldenCommand } from '../test/scenarios/lib/golden.ts';
import { BASE_IMAGES } from '../test/scenarios/lib/base-images.ts';

const ROOT = path.resolve(import.meta.dirname, '..');
const SCENARIO_DIR = path.join(ROOT, 'test/scenarios/engine');
const REC = '/tmp/scenario-rec';
const SCRATCH = `${REC}/work`;
const DOCKER_CONFIG = `${REC}/docker-config`;
const REGISTRY = '127.0.0.1:5555';
const DOCKER = '/usr/local/bin/docker';
const CMD_TIMEOUT_S = 60;

/** A private dockerd the scenarios run on (see the header: the plain one and the bridge one). */
interface Engine {
  name: 'plain' | 'bridge';
  sock: string;
  dataRoot: string;
  execRoot: string;
  pidFile: string;
  /** Flags besides the roots, socket, pid file and registry mirror. */
  flags: string[];
}

const BRIDGE_DEV = 'simbr0';
const BRIDGE_ADDR = '172.17.0.1/16';

const ENGINES: Record<Engine['name'], Engine> = {
  plain: {
    name: 'plain',
    sock: `${REC}/docker.sock`,
    dataRoot: `${REC}/root`,
    execRoot: `${REC}/exec`,
    pidFile: `${REC}/dockerd.pid`,
    flags: ['--iptables=false', '--ip6tables=false', '--bridge=none'],
  },
  bridge: {
    name: 'bridge',
    sock: `${REC}/docker-bridge.sock`,
    dataRoot: `${REC}/root-bridge`,
    execRoot: `${REC}/exec-bridge`,
    pidFile: `${REC}/dockerd-bridge.pid`,
    flags: ['--iptables=false', '--ip6tables=false', `--bridge=${BRIDGE_DEV}`],
  },
};

/** The engine commands go to now (ENV.DOCKER_HOST follows it). */
let engine: Engine = ENGINES.plain;

const ENV = {
  PATH: '/usr/local/bin:/usr/bin:/bin:/usr/local/sbin:/usr/sbin:/sbin',
  HOME: SCRATCH,
  USER: 'root',
  LANG: 'C.UTF-8',
  TZ: 'UTC',
  DOCKER_HOST: `unix://${ENGINES.plain.sock}`,
  DOCKER_CONFIG,
};

function useEngine(e: Engine): void {
  engine = e;
  ENV.DOCKER_HOST = `unix://${e.sock}`;
}

function die(msg: string): never {
  process.stderr.write(`record-scenarios: ${msg}\n`);
  process.exit(1);
}

function log(msg: string): void {
  process.stderr.write(`${msg}\n`);
}

function run(cmd: string, args: string[], opts: { input?: string; allowFail?: boolean } = {}): SpawnSyncReturns<string> {
  const r = spawnSync(cmd, args, { encoding: 'utf8', env: ENV, input: opts.input ?? '', maxBuffer: 64 << 20 });
  if (!opts.allowFail && r.status !== 0) die(`${cmd} ${args.join(' ')} failed (${r.status}): ${r.stderr || r.error}`);
  return r;
}

const docker = (args: string[], allowFail = false) => run(DOCKER, args, { allowFail });

// ---------------------------------------------------------------------------------------------
// Private registry and daemon

function alive(pidFile: string): number | null {
  try {
    const pid = Number(fs.readFileSync(pidFile, 'utf8').trim());
    process.kill(pid, 0);
    return pid;
  } catch {
    return null;
  }
}

function waitFor(what: string, ok: () => boolean, seconds = 30): void {
  const until = Date.now() + seconds * 1000;
  while (!ok()) {
    if (Date.now() > until) die(`${what} did not come up; see ${REC}/*.log`);
    spawnSync('sleep', ['0.2']);
  }
}

const started: Array<{ name: string; pid: number }> = [];

function startDetached(name: string, cmd: string, args: string[], pidFile: string | null): void {
  const out = fs.openSync(`${REC}/${name}.log`, 'a');
  const child = spawn(cmd, args, { detached: true, stdio: ['ignore', out, out] });
  child.unref();
  if (child.pid === undefined) die(`cannot start ${cmd}`);
  if (pidFile) fs.writeFileSync(pidFile, `${child.pid}\n`);
  started.push({ name, pid: child.pid });
}

function ensureRegistry(): void {
  const pidFile = `${REC}/registry.pid`;
  const up = () => spawnSync('curl', ['-sf', `http://${REGISTRY}/v2/`]).status === 0;
  if (alive(pidFile) && up()) return;
  fs.writeFileSync(
    `${REC}/registry.yml`,
    [
      'version: 0.1',
      'log:',
      '  level: error',
      'storage:',
      '  filesystem:',
      `    rootdirectory: ${REC}/registry`,
      '  delete:',
      '    enabled: true',
      'http:',
      `  addr: ${REGISTRY}`,
      '',
    ].join('\n'),
  );
  startDetached('registry', 'docker-registry', ['serve', `${REC}/registry.yml`], pidFile);
  waitFor('docker-registry', up);
}

let createdBridgeDev = false;

/** The bridge engine's user-managed bridge device (see the header). */
function ensureBridgeDevice(): void {
  if (spawnSync('ip', ['link', 'show', BRIDGE_DEV]).status === 0) return;
  run('ip', ['link', 'add', BRIDGE_DEV, 'type', 'bridge']);
  run('ip', ['addr', 'add', BRIDGE_ADDR, 'dev', BRIDGE_DEV]);
  run('ip', ['link', 'set', BRIDGE_DEV, 'up']);
  createdBridgeDev = true;
}

function removeBridgeDevice(): void {
  if (createdBridgeDev) spawnSync('ip', ['link', 'del', BRIDGE_DEV]);
}

function ensureDaemon(e: Engine): void {
  const up = () => spawnSync(DOCKER, ['version'], { env: { ...ENV, DOCKER_HOST: `unix://${e.sock}` } }).status === 0;
  if (alive(e.pidFile) && up()) return;
  if (e.name === 'bridge') ensureBridgeDevice();
  startDetached(
    e.name === 'plain' ? 'dockerd' : `dockerd-${e.name}`,
    'dockerd',
    [
      ...e.flags,
      '--data-root', e.dataRoot, '--exec-root', e.execRoot,
      '-H', `unix://${e.sock}`, '--pidfile', e.pidFile,
      '--registry-mirror', `http://${REGISTRY}`, '--insecure-registry', REGISTRY,
    ],
    null,
  );
  waitFor(`dockerd (${e.name})`, up, 60);
}

function stopStarted(): void {
  for (const { name, pid } of started.reverse()) {
    try {
      process.kill(pid, 'SIGTERM');
      log(`stopped ${name} (pid ${pid})`);
    } catch {
      /* already gone */
    }
  }
}

// ---------------------------------------------------------------------------------------------
// One recorder at a time

const LOCK = `${REC}/record.lock`;

/**
 * Two recorders on the one private engine would reset it under each other (every scenario run
 * starts by removing all containers, images and build cache), so a run waits for the lock: a
 * directory made atomically, holding the owner's pid; a lock whose owner is gone is taken over.
 */
function acquireLock(): void {
  const until = Date.now() + 60 * 60 * 1000;
  let said = false;
  for (;;) {
    try {
      fs.mkdirSync(LOCK);
      fs.writeFileSync(`${LOCK}/pid`, `${process.pid}\n`);
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    if (alive(`${LOCK}/pid`) === null) {
      // The owner died (or has not written its pid yet: give it a moment before taking over).
      spawnSync('sleep', ['1']);
      if (alive(`${LOCK}/pid`) === null) fs.rmSync(LOCK, { recursive: true, force: true });
      continue;
    }
    if (!said) log(`waiting for another recorder (pid ${fs.readFileSync(`${LOCK}/pid`, 'utf8').trim()}) to finish`);
    said = true;
    if (Date.now() > until) die('another recorder held the lock for an hour');
    spawnSync('sleep', ['2']);
  }
}

function releaseLock(): void {
  if (alive(`${LOCK}/pid`) === process.pid) fs.rmSync(LOCK, { recursive: true, force: true });
}

// ---------------------------------------------------------------------------------------------
// Base images

function splitRef(ref: string): { repo: string; tag: string } {
  const i = ref.lastIndexOf(':');
  return { repo: ref.slice(0, i), tag: ref.slice(i + 1) };
}

function registryHas(ref: string): boolean {
  const { repo, tag } = splitRef(ref);
  const r = spawnSync('curl', ['-sf', '-o', '/dev/null', '-H', 'Accept: application/vnd.docker.distribution.manifest.v2+json', `http://${REGISTRY}/v2/library/${repo}/manifests/${tag}`]);
  return r.status === 0;
}

/** Stand-in images built from busybox-static: for developing scenarios, never for final goldens. */
function buildDevImage(ref: string): void {
  const dir = `${REC}/dev-rootfs/${ref.replace(/[:/]/g, '_')}`;
  fs.rmSync(dir, { recursive: true, force: true });
  const mk = (p: string, mode = 0o755) => fs.mkdirSync(path.join(dir, p), { recursive: true, mode });
  for (const d of ['bin', 'etc', 'root', 'home', 'var/log', 'usr/bin', 'usr/sbin', 'sbin', 'lib', 'proc', 'sys', 'dev', 'mnt', 'opt', 'srv', 'run']) mk(d);
  mk('tmp');
  fs.chmodSync(path.join(dir, 'tmp'), 0o1777);
  fs.copyFileSync('/bin/busybox', path.join(dir, 'bin/busybox'));
  fs.chmodSync(path.join(dir, 'bin/busybox'), 0o755);
  const applets = spawnSync('/bin/busybox', ['--list'], { encoding: 'utf8' }).stdout.split('\n').filter((a) => a && a !== 'busybox');
  for (const a of applets) fs.symlinkSync('busybox', path.join(dir, 'bin', a));
  fs.writeFileSync(path.join(dir, 'etc/passwd'), 'root:x:0:0:root:/root:/bin/sh\nnobody:x:65534:65534:nobody:/:/sbin/nologin\n');
  fs.writeFileSync(path.join(dir, 'etc/group'), 'root:x:0:root\nnobody:x:65534:\n');
  fs.writeFileSync(path.join(dir, 'etc/motd'), `Welcome to ${ref}!\n`);
  if (ref.startsWith('alpine') || ref.startsWith('nginx')) {
    mk('etc/apk');
    fs.writeFileSync(path.join(dir, 'etc/apk/world'), 'alpine-baselayout\nbusybox\n');
    fs.writeFileSync(path.join(dir, 'etc/apk/repositories'), 'https://dl-cdn.alpinelinux.org/alpine/v3.20/main\n');
  }
  const tar = `${dir}.tar`;
  run('tar', ['-C', dir, '--numeric-owner', '--owner=0', '--group=0', '-cf', tar, '.']);
  const cmd = ref.startsWith('ubuntu') ? '["/bin/bash"]' : ref.startsWith('nginx') ? '["nginx","-g","daemon off;"]' : ref.startsWith('busybox') ? '["sh"]' : '["/bin/sh"]';
  const { repo, tag } = splitRef(ref);
  docker(['import', '-c', `CMD ${cmd}`, tar, `${REGISTRY}/library/${repo}:${tag}`]);
}

/**
 * Loads the simulator's catalog into the engine from DIR, the output of scripts/catalog-to-tar.ts:
 * every DIR/<image>/image.tar is `docker load`ed (named catalogsim/<repo>:<tag>), so the real
 * engine holds the catalog's exact config bytes and layer tars: same image IDs, DiffIDs, history,
 * sizes and files. Their executables are the simulator's ELF stubs, run through stub-exec (below).
 */
function loadCatalogImages(dir: string): void {
  const loaded = new Map<string, string>();
  for (const sub of fs.readdirSync(dir).sort()) {
    const tar = path.join(dir, sub, 'image.tar');
    if (!fs.existsSync(tar)) continue;
    const out = docker(['load', '-i', tar]).stdout;
    for (const m of out.matchAll(/^Loaded image: catalogsim\/([^:\s]+):(\S+)$/gm)) loaded.set(m[1], `catalogsim/${m[1]}:${m[2]}`);
  }
  for (const ref of BASE_IMAGES) {
    const { repo, tag } = splitRef(ref);
    const src = loaded.get(repo);
    if (!src) die(`${dir} has no image for ${ref} (catalog-to-tar.ts output expected)`);
    docker(['tag', src, `${REGISTRY}/library/${repo}:${tag}`]);
  }
}

// ---------------------------------------------------------------------------------------------
// Running the catalog's stub executables

const STUB_EXEC_SRC = path.join(ROOT, 'scripts/record-scenarios/stub-exec.c');
const STUB_EXEC = `${REC}/stubexec`;
const BINFMT = '/proc/sys/fs/binfmt_misc';
const BINFMT_NAME = 'dockersim';
let registeredBinfmt = false;

/**
 * Makes the simulator's ELF stubs executable on this machine: a binfmt_misc entry matching their
 * magic (sandbox-engine/host/binaries.ts) whose interpreter, stub-exec.c, runs Debian's
 * busybox-static with the original argv. Flag F opens the interpreter at registration, so it also
 * works inside containers. Removed again at the end if this run registered it.
 */
function ensureStubExec(): void {
  const stale = !fs.existsSync(STUB_EXEC) || fs.statSync(STUB_EXEC).mtimeMs < fs.statSync(STUB_EXEC_SRC).mtimeMs;
  if (stale) run('gcc', ['-static', '-O2', '-o', STUB_EXEC, STUB_EXEC_SRC]);
  if (!fs.existsSync(`${BINFMT}/register`)) run('mount', ['-t', 'binfmt_misc', 'binfmt_misc', BINFMT]);
  // Registered afresh each run: flag F holds the interpreter file open, so a rebuilt one would
  // not be seen by an older entry.
  if (fs.existsSync(`${BINFMT}/${BINFMT_NAME}`)) fs.writeFileSync(`${BINFMT}/${BINFMT_NAME}`, '-1');
  // The magic's ':' must be escaped in the register string.
  const magic = '\\x7fELF\\x02\\x01\\x01\\x00dockersim-applet\\x3a';
  fs.writeFileSync(`${BINFMT}/register`, `:${BINFMT_NAME}:M:0:${magic}::${STUB_EXEC}:PF`);
  registeredBinfmt = true;
}

function removeStubExec(): void {
  if (registeredBinfmt && fs.existsSync(`${BINFMT}/${BINFMT_NAME}`)) fs.writeFileSync(`${BINFMT}/${BINFMT_NAME}`, '-1');
}

function seedRegistry(mode: { images?: string; dev: boolean }, force: boolean): void {
  if (!force && BASE_IMAGES.every(registryHas)) return;
  if (!mode.images && !mode.dev) die('the registry has no base images yet: pass --images DIR (catalog tars) or --dev-images');
  // Start from an empty engine so the pushed images are exactly the loaded ones.
  resetEngine(new Map());
  if (mode.images) loadCatalogImages(mode.images);
  else {
    // alpine:latest is alpine:3.20, as in the catalog; one second apart so `docker images` (sorted
    // by creation second) lists them in a fixed order.
    for (const ref of BASE_IMAGES) {
      if (ref === 'alpine:latest') {
        docker(['tag', `${REGISTRY}/library/alpine:3.20`, `${REGISTRY}/library/alpine:latest`]);
        continue;
      }
      buildDevImage(ref);
      spawnSync('sleep', ['1.1']);
    }
  }
  for (const ref of BASE_IMAGES) {
    const { repo, tag } = splitRef(ref);
    docker(['push', `${REGISTRY}/library/${repo}:${tag}`]);
  }
  resetEngine(new Map());
}

// ---------------------------------------------------------------------------------------------
// Engine state

function lines(s: string): string[] {
  return s.split('\n').filter((l) => l !== '');
}

/** Removes everything but the base images; `base` maps each base ref to its image ID. */
function resetEngine(base: Map<string, string>): void {
  const containers = lines(docker(['ps', '-aq', '--no-trunc']).stdout);
  if (containers.length) docker(['rm', '-f', '-v', ...containers]);
  const volumes = lines(docker(['volume', 'ls', '-q']).stdout);
  if (volumes.length) docker(['volume', 'rm', '-f', ...volumes]);
  // BuildKit's cache (steps, cache mounts) outlives the images: without this a scenario's second
  // run would find its builds CACHED.
  docker(['builder', 'prune', '-af']);
  const keepIds = new Set(base.values());
  const baseRefs = new Set(base.keys());
  const tagged = lines(docker(['images', '--no-trunc', '--format', '{{.Repository}}:{{.Tag}} {{.ID}}']).stdout);
  for (const l of tagged) {
    const [ref, id] = l.split(' ');
    if (ref === '<none>:<none>') continue;
    // Extra tags on a base image are untagged; any other image goes below.
    if (keepIds.has(id) && !baseRefs.has(ref)) docker(['rmi', ref]);
  }
  // Children first: an image with dependent child images cannot be deleted, so repeat while
  // that makes progress.
  let left = lines(docker(['images', '-aq', '--no-trunc']).stdout).filter((id) => !keepIds.has(id));
  for (let round = 0; left.length > 0 && round < 10; round++) {
    for (const id of new Set(left)) docker(['rmi', '-f', id], true);
    left = lines(docker(['images', '-aq', '--no-trunc']).stdout).filter((id) => !keepIds.has(id));
  }
  if (left.length) die(`could not remove images ${left.join(' ')}`);
  for (const [ref, id] of base) {
    const r = docker(['image', 'inspect', '-f', '{{.Id}}', ref], true);
    if (r.status !== 0 || r.stdout.trim() !== id) {
      docker(['pull', '-q', ref]);
      if (docker(['image', 'inspect', '-f', '{{.Id}}', ref]).stdout.trim() !== id) die(`${ref} came back with another ID`);
    }
  }
}

function pullBase(): Map<string, string> {
  const base = new Map<string, string>();
  for (const ref of BASE_IMAGES) {
    docker(['pull', '-q', ref]);
    base.set(ref, docker(['image', 'inspect', '-f', '{{.Id}}', ref]).stdout.trim());
  }
  return base;
}

// ---------------------------------------------------------------------------------------------
// Scenarios

interface Raw {
  stdout: string;
  stderr: string;
  exit: number;
}

function runCommand(command: string): Raw {
  // Without a bridge, BuildKit's RUN needs --network=none (reference-docker.md).
  const buildNet = engine.name === 'plain' ? '--network=none ' : '';
  const real = command
    .split('/var/lib/docker')
    .join(engine.dataRoot)
    .replace(/(^|[;&|]\s*)docker (image )?build /g, `$1DOCKER_BUILDKIT=1 /usr/bin/docker $2build ${buildNet}--progress=plain `);
  const r = spawnSync('timeout', ['-k', '5', String(CMD_TIMEOUT_S), 'bash', '-c', real], {
    cwd: SCRATCH,
    env: ENV,
    input: '',
    encoding: 'utf8',
    maxBuffer: 64 << 20,
  });
  if (r.error) die(`${command}: ${r.error.message}`);
  if (r.status === 124) die(`${command}: timed out after ${CMD_TIMEOUT_S}s`);
  const stderr = real === command.split('/var/lib/docker').join(engine.dataRoot) ? r.stderr : canonicalBuildProgress(r.stderr);
  return { stdout: withoutStubTrace(r.stdout), stderr: withoutStubTrace(stderr), exit: r.status ?? 128 };
}

/**
 * The 20.10 client's plain progress, made repeatable. It prints each vertex's digest line
 * (`#N sha256:...`), which BuildKit v0.25.2's printer does not (util/progress/progressui/
 * printer.go prints name, logs, statuses, DONE/CACHED/ERROR) and which would take ID numbers in the
 * normalization: dropped. And vertices that BuildKit starts together (the Dockerfile, .dockerignore
 * and metadata loads, a FROM and the first steps, parallel stages) get their numbers and print
 * order from a race. So the `#N` blocks are put in a fixed order and renumbered from 1: the
 * Dockerfile, metadata loads, .dockerignore, FROMs, build context, the steps by step number, the
 * rest (exporting); ties by text (an unprefixed `FROM <image>`, for COPY --from=<image>, goes with the FROMs); a status printed both running and done only once, done. That is the order the simulator prints (sandbox-engine/builder/
 * progress.ts); a real Engine 28 varies between such orders as well. Lines outside blocks (the
 * error summary) stay at the end.
 */
function canonicalBuildProgress(text: string): string {
  const blocks = new Map<number, string[]>();
  const rest: string[] = [];
  for (const line of text.split('\n')) {
    const m = /^#(\d+) /.exec(line);
    if (!m) {
      if (line !== '') rest.push(line);
      continue;
    }
    if (/^#\d+ sha256:[0-9a-f]{64}$/.test(line)) continue;
    const n = Number(m[1]);
    if (!blocks.has(n)) blocks.set(n, []);
    blocks.get(n)?.push(line.slice(m[0].length));
  }
  if (blocks.size === 0) return text;
  const key = (name: string): [number, number, string] => {
    const step = /^\[(?:[^\]]* )?(\d+)\/\d+\] (FROM )?/.exec(name);
    if (name.startsWith('[internal] load build definition')) return [0, 0, name];
    if (name.startsWith('[internal] load metadata')) return [1, 0, name];
    if (name.startsWith('[internal] load .dockerignore')) return [2, 0, name];
    // An image named by COPY --from / RUN --mount from= has a FROM vertex without a step prefix.
    if (step?.[2] || name.startsWith('FROM ')) return [3, 0, name];
    if (name.startsWith('[internal] load build context')) return [4, 0, name];
    if (step) return [5, Number(step[1]), name];
    return [6, 0, name];
  };
  const order = [...blocks.values()].sort((x, y) => {
    const [a, b] = [key(x[0]), key(y[0])];
    return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
  });
  // A status may be printed while running and again when done (`writing image X` then
  // `writing image X done`, `exporting layers` then `exporting layers 0.1s done`,
  // `transferring context: 0.0s` then `transferring context: 2B done`), depending on timing:
  // only the final one is kept. Log lines (`<secs> text`) are not statuses.
  const statusKey = (l: string) =>
    l
      .replace(/ done$/, '')
      .replace(/ \d+(?:\.\d+)?s$/, '')
      .replace(/^(transferring [a-z]+:).*$/, '$1');
  const settled = (lines: string[]) =>
    lines.filter((l, i) => /^\d/.test(l) || l.endsWith(' done') || !lines.slice(i + 1).some((m) => m.endsWith(' done') && !/^\d/.test(m) && statusKey(m) === statusKey(l)));
  // When the printer switches away from an unfinished vertex it ends its lines with `#N ...` and
  // names the vertex again when it comes back (printer.go): a race, folded into one block. A vertex
  // two consumers complete (a FROM, a metadata load) may print DONE twice: once is kept.
  const unbroken = (lines: string[]) =>
    lines.filter((l, i) => l !== '...' && !(i > 0 && l === lines[0]) && !(l.startsWith('DONE ') && lines.slice(0, i).some((m) => m.startsWith('DONE '))));
  const out = order.map((lines, i) => settled(unbroken(lines)).map((l) => `#${i + 1} ${l}\n`).join(''));
  return out.join('\n') + rest.map((l) => `${l}\n`).join('');
}

/**
 * busybox ps prints a process as "{comm} args" when its comm differs from argv[0]; processes run
 * through stub-exec have the comm "memfd:<name>" (see stub-exec.c), which a real engine running
 * real binaries never shows. That prefix is removed.
 */
function withoutStubTrace(text: string): string {
  return text.replace(/\{memfd:[^}\n]*\} /g, '');
}

function recordOnce(sc: Scenario, base: Map<string, string>): GoldenCommand[] {
  resetEngine(base);
  fs.rmSync(SCRATCH, { recursive: true, force: true });
  fs.mkdirSync(SCRATCH, { recursive: true });
  const paths: Record<string, string> = { [engine.dataRoot]: '/var/lib/docker', [SCRATCH]: '/home/student' };
  if (engine.name === 'bridge') Object.assign(paths, { [engine.execRoot]: '/var/run/docker', [BRIDGE_DEV]: 'docker0' });
  const norm = new ScenarioNormalizer(expandNormalizers(sc.normalizers), paths, sc.unordered);
  return sc.commands.map((cmd) => {
    const raw = runCommand(cmd);
    return { cmd, stdout: norm.normalize(cmd, 'stdout', raw.stdout), stderr: norm.normalize(cmd, 'stderr', raw.stderr), exit: raw.exit };
  });
}

/** `# engine: bridge` in the scenario's header (a documentation comment to the parser). */
function engineOf(sc: Scenario): Engine {
  return sc.header.some((l) => /^#\s*engine:\s*bridge\s*$/.test(l)) ? ENGINES.bridge : ENGINES.plain;
}

function versions(): Golden['recordedWith'] {
  const v = docker(['version', '--format', '{{.Client.Version}} {{.Server.Version}}']).stdout.trim().split(' ');
  return { client: v[0], daemon: v[1] };
}

function main(): void {
  const args = process.argv.slice(2);
  const only: string[] = [];
  let once = false;
  let keep = false;
  let check = false;
  let images: string | undefined;
  let dev = false;
  let reseed = false;
  for (let i = 0; i < args.length; i++) {
    const a = args[i];
    if (a === '--only') only.push(args[++i]);
    else if (a === '--once') once = true;
    else if (a === '--keep-daemon') keep = true;
    else if (a === '--check') check = true;
    else if (a === '--images') images = args[++i];
    else if (a === '--dev-images') dev = true;
    else if (a === '--reseed') reseed = true;
    else die(`unknown argument ${a}`);
  }
  if (process.getuid?.() !== 0) die('run as root');
  fs.mkdirSync(REC, { recursive: true });
  fs.mkdirSync(DOCKER_CONFIG, { recursive: true });
  const files = fs
    .readdirSync(SCENARIO_DIR)
    .filter((f) => f.endsWith('.sh'))
    .map((f) => f.slice(0, -3))
    .filter((n) => only.length === 0 || only.some((o) => n === o || n.startsWith(`${o}-`) || n.includes(o)))
    .sort();
  if (files.length === 0) die('no scenario matched');
  const scenarios = files.map((n) => parseScenario(n, fs.readFileSync(path.join(SCENARIO_DIR, `${n}.sh`), 'utf8')));

  let failed = 0;
  acquireLock();
  try {
    ensureStubExec();
    ensureRegistry();
    useEngine(ENGINES.plain);
    ensureDaemon(ENGINES.plain);
    seedRegistry({ images, dev }, reseed || images !== undefined || dev);
    const devMarker = fs.existsSync(`${REC}/DEV-IMAGES`);
    if (images) fs.rmSync(`${REC}/DEV-IMAGES`, { force: true });
    if (dev) fs.writeFileSync(`${REC}/DEV-IMAGES`, 'the registry holds busybox stand-ins, not the catalog\n');
    // Base image IDs per engine, pulled when its first scenario comes.
    const bases = new Map<Engine['name'], Map<string, string>>();
    for (const sc of scenarios) {
      const e = engineOf(sc);
      useEngine(e);
      if (!bases.has(e.name)) {
        ensureDaemon(e);
        bases.set(e.name, pullBase());
      }
      const base = bases.get(e.name) ?? die('no base images');
      const recordedWith = versions();
      if (dev || (devMarker && !images)) recordedWith.note = 'DEV: recorded from busybox stand-in images, not the catalog tars; re-record';
      else if (e.name === 'bridge') recordedWith.note = `default bridge network (dockerd --bridge=${BRIDGE_DEV}, ${BRIDGE_ADDR}; written docker0)`;
      const first = recordOnce(sc, base);
      if (!once) {
        const second = recordOnce(sc, base);
        if (!resultsEqual(sc, first, second)) {
          failed++;
          log(`NOT DETERMINISTIC ${sc.name}\n${describeDifferences(sc, first, second)}`);
          continue;
        }
      }
      let commands: GoldenCommand[];
      try {
        commands = applyPatches(first, sc.patches);
      } catch (e) {
        failed++;
        log(`PATCH FAILED ${sc.name}: ${(e as Error).message}`);
        continue;
      }
      const golden: Golden = { scenario: sc.name, recordedWith, commands };
      const file = path.join(ROOT, goldenRelPath(sc.name));
      if (check) {
        const old = fs.existsSync(file) ? (JSON.parse(fs.readFileSync(file, 'utf8')) as Golden) : null;
        if (!old) log(`NEW ${sc.name}`);
        else if (!resultsEqual(sc, old.commands, commands)) {
          failed++;
          log(`CHANGED ${sc.name}\n${describeDifferences(sc, old.commands, commands)}`);
        } else log(`same ${sc.name}`);
        continue;
      }
      fs.mkdirSync(path.dirname(file), { recursive: true });
      fs.writeFileSync(file, `${JSON.stringify(golden, null, 2)}\n`);
      log(`recorded ${sc.name} (${commands.length} commands)`);
    }
    for (const [name, base] of bases) {
      useEngine(ENGINES[name]);
      resetEngine(base);
    }
  } finally {
    if (!keep) {
      stopStarted();
      removeStubExec();
      removeBridgeDevice();
    }
    releaseLock();
  }
  if (failed) die(`${failed} scenario(s) failed`);
}

main();
