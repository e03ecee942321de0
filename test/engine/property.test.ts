/**
 * Property tests of the engine as a student meets it: random docker command lines typed into a
 * shell session on a fresh host. Whatever is typed, after every line:
 *
 * - `input` resolved, and nothing printed is JavaScript's (an error class name, the session's
 *   `internal error` report, a stack line, or the bare `docker: <strerror>` an escaped FsError
 *   turns into);
 * - every image keeps the config bytes, DiffIDs and ChainIDs it had when first seen (an image ID
 *   is the sha256 of its config, so a re-pulled image must come back the same), and every image
 *   layer keeps its files;
 * - every image layer is held exactly by the images, child layers and containers on it; every
 *   container has its RW layer, and a removed one leaves no layer, overlay2 dir, link, layerdb
 *   mount entry, containers/ dir or mount behind (/var/lib/docker lists exactly what the stores
 *   hold);
 * - `docker ps -a` lists exactly the daemon's containers;
 * and typing the same lines on a fresh host with the same seed prints the same and serializes to
 * the same JSON.
 *
 * Runs are kept small (60 + 40 sequences of up to 30 lines) so the file stays well under a minute
 * on two cores; a failure prints fast-check's seed and path and the shrunk command list. A longer
 * soak and a replay of a failure: see PROPERTY_RUNS / PROPERTY_SEED at the bottom;
 * `PROP_DUMP=/tmp/t.txt` appends every run's transcript to that file (to see what the generators
 * reach).
 */
import { appendFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';
import { DOCKER_SOCKET } from '../../sandbox-engine/daemon/install.ts';
import type { Daemon } from '../../sandbox-engine/daemon/daemon.ts';
import type { Layer } from '../../sandbox-engine/layer/layer-store.ts';
import { digestOf } from '../../sandbox-engine/image/store.ts';
import { serializeMemFs } from '../../sandbox-engine/vfs/serialize.ts';
import { strerror, type Errno } from '../../sandbox-engine/vfs/errors.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';
import { fromUtf8 } from '../../sandbox-engine/util/text.ts';
import { firstDifference } from './state-fixture.ts';

// ---------------------------------------------------------------------------------------------
// Generators: docker command lines from a small vocabulary, so that sequences meet each other
// (the same three names, images that exist, are pulled, committed, removed) plus bad input.

const NAME = fc.constantFrom('c1', 'c2', 'c3');
/** A container reference: mostly one of the names, sometimes something that is not one. */
const TARGET = fc.oneof(
  { weight: 8, arbitrary: NAME },
  { weight: 1, arbitrary: fc.constantFrom('nosuch', '""', '"$(docker ps -lq)"', 'C1', '/c1', 'c1:', 'alpine', '-c1', 'c') },
);
const IMAGE = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom('alpine', 'busybox', 'alpine:3.20') },
  { weight: 2, arbitrary: fc.constantFrom('img1', 'img1:v2') },
  {
    weight: 1,
    arbitrary: fc.constantFrom('nosuchimage', 'busybox:nosuchtag', 'Bad:Ref', 'alpine@sha256:0123', 'sha256:', 'a:b:c', '""', ':latest'),
  },
);
/** What a container runs; '' = the image's default command. */
const CMD = fc.constantFrom(
  '',
  'true',
  'false',
  'sh -c "echo hi > /f; rm /etc/motd"',
  'sh -c "rm -rf /etc/apk /bin/ls; mkdir -p /d/e; touch /d/e/f"',
  'sh -c "exit 3"',
  'touch /new',
  'sleep 30',
  'sleep 1000',
  'cat /etc/hostname',
  'nosuchcmd',
  '/etc',
  'ls /nonexistent',
  'echo $HOME',
);
/** Most containers get one of the four names, so that later lines find them. */
const NAME_FLAG = fc.oneof({ weight: 3, arbitrary: NAME.map((n) => `--name ${n}`) }, { weight: 1, arbitrary: fc.constant('') });
/** Flags that work: most runs and creates use a few of these, so containers exist for later lines. */
const RUN_FLAGS_GOOD = ['-d', '--rm', '-e A=1', '-w /tmp', '-u 1000', '-i', '--read-only', '--init', '--entrypoint sh', '-v /data', '--tmpfs /run'];
/** Flags that fail or make the run unusual (-t: sh waits on the terminal, see BLOCKED_MS). */
const RUN_FLAGS_ODD = ['-t', '-w rel', '-u nobody:nogroup', '--entrypoint ""', '--restart always', '--bogus', '-x', '--name', '-e', '--memory 1m'];
const sub = (xs: readonly string[], max = 3) => fc.subarray([...xs], { maxLength: Math.min(max, xs.length) }).chain((s) => fc.shuffledSubarray(s, { minLength: s.length, maxLength: s.length }));
const opt = (s: fc.Arbitrary<string>) => fc.oneof(fc.constant(''), s);
const line = (...parts: Array<fc.Arbitrary<string> | string>) =>
  fc.tuple(...parts.map((p) => (typeof p === 'string' ? fc.constant(p) : p))).map((xs) => xs.filter((x) => x !== '').join(' '));
const words = (xs: fc.Arbitrary<string[]>) => xs.map((a) => a.join(' '));
const RUN_FLAGS = fc.oneof(
  { weight: 5, arbitrary: words(sub(RUN_FLAGS_GOOD, 2)) },
  { weight: 1, arbitrary: words(sub([...RUN_FLAGS_GOOD, ...RUN_FLAGS_ODD], 3)) },
);
/** Images to run: mostly ones that exist (or are pulled on the way). */
const RUN_IMAGE = fc.oneof({ weight: 4, arbitrary: fc.constantFrom('alpine', 'busybox') }, { weight: 1, arbitrary: IMAGE });

const DOCKER_LINE: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: line('docker run', NAME_FLAG, RUN_FLAGS, RUN_IMAGE, CMD) },
  { weight: 3, arbitrary: line('docker create', NAME_FLAG, RUN_FLAGS, RUN_IMAGE, CMD) },
  // Running containers, for exec, cp, pause, stop, kill, commit and rm -f to meet.
  { weight: 2, arbitrary: line('docker run -d', NAME_FLAG, RUN_IMAGE, fc.constantFrom('sleep 1000', 'sh -c "touch /x; sleep 500; rm /x"', 'top -b')) },
  { weight: 3, arbitrary: line('docker start', words(sub(['-a', '-i'])), TARGET) },
  { weight: 2, arbitrary: line('docker stop', words(sub(['-t 0', '-t 1', '-t x', '-s HUP'])), TARGET) },
  { weight: 1, arbitrary: line('docker restart', words(sub(['-t 0'])), TARGET) },
  { weight: 2, arbitrary: line('docker kill', words(sub(['-s HUP', '-s KILL', '-s BOGUS', '-s 0'])), TARGET) },
  { weight: 1, arbitrary: line(fc.constantFrom('docker pause', 'docker unpause'), TARGET) },
  { weight: 4, arbitrary: line('docker rm', words(sub(['-f', '-v', '-l'])), TARGET, opt(TARGET)) },
  { weight: 1, arbitrary: line('docker rename', TARGET, NAME) },
  { weight: 1, arbitrary: line(fc.constantFrom('docker wait', 'docker top', 'docker logs', 'docker logs -t --tail 1', 'docker attach'), TARGET) },
  { weight: 2, arbitrary: line('docker diff', TARGET) },
  {
    weight: 3,
    arbitrary: line('docker commit', words(sub(['-m note', '-a me', "-c 'CMD [\"sh\"]'", "-c 'BOGUS x'", '-p=false', '--change'])), TARGET, opt(fc.constantFrom('img1', 'img1:v2', 'Bad_Tag', 'img1:', 'busybox'))),
  },
  {
    weight: 2,
    arbitrary: fc.oneof(
      line('docker cp', TARGET.map((t) => `${t}:/etc/hostname`), fc.constantFrom('./out', '-', '/nonexistent/x')),
      line('docker cp', fc.constantFrom('/etc/hostname', './nosuch', '/etc'), TARGET.map((t) => `${t}:${'/tmp/'}`)),
      line('docker cp', fc.constantFrom('a b', 'c1:/x c2:/y', 'c1:', ':/x .')),
    ),
  },
  { weight: 1, arbitrary: line(fc.constantFrom('docker export', 'docker export -o ex.tar'), TARGET, fc.constantFrom('| wc -c', '>/dev/null', '')) },
  { weight: 2, arbitrary: line('docker exec', words(sub(['-d', '-u root', '-w /', '-i', '-t', '-e B=2'])), TARGET, fc.constantFrom('true', 'sh -c "echo x > /ex"', 'nosuchcmd', '')) },
  {
    weight: 2,
    arbitrary: line('docker inspect', words(sub(['-f {{.State.Status}}', "-f '{{.Nope}}'", '--type image', '--type container', '-s', "-f '{{json .Config'"])), fc.oneof(TARGET, IMAGE)),
  },
  {
    weight: 3,
    arbitrary: line(
      'docker ps',
      words(sub(['-a', '-q', '-s', '-l', '-n 1', '--no-trunc', '--filter status=exited', '--filter bogus', "--format '{{.Names}} {{.Status}}'", "--format '{{.Nope}}'", '--format json'], 4)),
    ),
  },
  { weight: 2, arbitrary: line('docker images', words(sub(['-a', '-q', '--digests', '--no-trunc', '--filter dangling=true', '--filter x=y'], 3)), opt(IMAGE)) },
  { weight: 1, arbitrary: line(fc.constantFrom('docker image inspect', 'docker history', 'docker history -q --no-trunc'), IMAGE) },
  { weight: 2, arbitrary: line('docker pull', opt(fc.constantFrom('-q', '-a', '--platform linux/arm64')), IMAGE) },
  { weight: 2, arbitrary: line('docker tag', IMAGE, fc.constantFrom('img1', 'img1:v2', 'Bad', 'alpine', 'x/y:z')) },
  { weight: 3, arbitrary: line('docker rmi', opt(fc.constantFrom('-f', '--no-prune')), IMAGE, opt(IMAGE)) },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'docker container prune -f',
      'docker image prune -f',
      'docker image prune -a -f',
      'docker system prune -f',
      'docker system prune -a -f',
      'docker container prune',
      'docker image prune --filter until=1h -f',
    ),
  },
  {
    weight: 2,
    arbitrary: fc.constantFrom(
      'docker',
      'docker frob',
      'docker container frob',
      'docker run',
      'docker rm',
      'docker --nope ps',
      'docker -l bogus ps',
      'docker info --format "{{.Containers}} {{.Images}}"',
      'docker version --format "{{.Server.Version}}"',
      'docker ps --help',
      'docker help rm',
      'docker volume ls',
      'docker volume create v1',
      'docker volume rm v1',
      'docker system df',
      'docker build .',
      'docker stats --no-stream',
      'docker container ls -aq',
      'sudo ls /var/lib/docker/overlay2 >/dev/null',
    ),
  },
);

/** Random words with shell metacharacters after `docker` or a docker line. */
const NOISE_CHARS = 'abc-=:/.1 ;|&<>$()`\'"*?[]{}~#\\!%^,@'.split('');
const NOISE_WORD = fc.oneof(
  fc.string({ unit: fc.constantFrom(...NOISE_CHARS), minLength: 1, maxLength: 8 }),
  fc.constantFrom('run', 'rm', 'ps', '-a', '-f', '--', 'c1', 'alpine', '$(docker ps -aq)', '&&', '||', '2>&1', '|', '&', ';'),
);
const NOISE_LINE: fc.Arbitrary<string> = fc.oneof(
  words(fc.array(NOISE_WORD, { minLength: 1, maxLength: 5 })).map((w) => `docker ${w}`),
  fc.tuple(DOCKER_LINE, words(fc.array(NOISE_WORD, { minLength: 1, maxLength: 3 }))).map(([d, w]) => `${d} ${w}`),
);

const LINE = fc.oneof({ weight: 5, arbitrary: DOCKER_LINE }, { weight: 1, arbitrary: NOISE_LINE });

// ---------------------------------------------------------------------------------------------
// Driving a session: every line typed is logged, so the log replays the run exactly.

interface Typed {
  line: string;
  stdout: string;
  stderr: string;
  status: number | 'continue' | 'exit';
}

interface Terminal {
  host: SimHost;
  daemon: Daemon;
  type(line: string): Promise<Typed>;
  /** Every line typed, with what it printed: compared between a run and its replay. */
  transcript: string;
}

/**
 * A line still running after BLOCKED_MS of real time waits for input that never comes (`docker run
 * -t alpine`: sh reads the terminal, as on a real host): Ctrl-C, as a student would, again after
 * AGAIN_MS if it goes on (an attached docker client forwards the first two to its container and
 * gives up at the third, as the real CLI does). Virtual time stands still while a container waits
 * for its user, so the state at the interrupts is the same in a replay. A line that three Ctrl-Cs
 * do not end within HANG_MS is a hang, reported with the line.
 */
const BLOCKED_MS = 3_000;
const AGAIN_MS = 300;
const HANG_MS = 5_000;

async function within<T>(p: Promise<T>, ms: number): Promise<T | undefined> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const late = new Promise<undefined>((resolve) => {
    timer = setTimeout(() => resolve(undefined), ms);
  });
  try {
    return await Promise.race([p, late]);
  } finally {
    clearTimeout(timer);
  }
}

function terminal(seed: number): Terminal {
  const host = createHost({ seed });
  const out = { stdout: '', stderr: '' };
  const session = createSession({ host, tty: false, onOutput: (text, stream) => (out[stream] += text) });
  const t: Terminal = {
    host,
    daemon: host.listeners.get(DOCKER_SOCKET) as Daemon,
    transcript: '',
    async type(line) {
      out.stdout = '';
      out.stderr = '';
      const pending = session.input(line);
      let r = await within(pending, BLOCKED_MS);
      let ctrlC = '';
      for (let n = 1; r === undefined && n <= 3; n++) {
        session.interrupt();
        ctrlC += '^C';
        r = await within(pending, n < 3 ? AGAIN_MS : HANG_MS);
      }
      if (r === undefined) throw new Error(`\`${line}\` did not return, not even after Ctrl-C`);
      // An open quote or a trailing `|` waits for more: Ctrl-C drops it, as a student would.
      if (r.kind === 'continue') session.interrupt();
      const status = r.kind === 'done' ? r.status : r.kind;
      t.transcript += `$ ${line}\n${out.stdout}[stderr]\n${out.stderr}[${ctrlC}${status}]\n`;
      return { line, ...out, status };
    },
  };
  return t;
}

// ---------------------------------------------------------------------------------------------
// Invariants.

const ERRNOS: Errno[] = ['ENOENT', 'EEXIST', 'ENOTDIR', 'EISDIR', 'ENOTEMPTY', 'EACCES', 'EPERM', 'EROFS', 'ELOOP', 'EINVAL', 'EXDEV', 'EBUSY', 'ENAMETOOLONG', 'ENOSPC', 'EBADF', 'EPIPE', 'ENOEXEC', 'ENXIO', 'ETXTBSY'];
const JS_LEAKS: RegExp[] = [
  /\b(TypeError|ReferenceError|RangeError|SyntaxError|EvalError|URIError|AggregateError)\b/,
  /internal error/,
  /^\s+at \S/m,
  /\bundefined\b|\bNaN\b|\[object Object\]/,
  // An FsError escaping the docker program becomes `docker: <strerror>` (shell/programs.ts appletFailure).
  new RegExp(`^docker: (${ERRNOS.map(strerror).join('|')})$`, 'm'),
];

function jsLeak(t: Typed): string | undefined {
  const text = `${t.stdout}\n${t.stderr}`;
  const hit = JS_LEAKS.find((re) => re.test(text));
  return hit ? `\`${t.line}\` printed ${JSON.stringify(text.slice(0, 600))} (matches ${hit})` : undefined;
}

interface ImageFacts {
  raw: string;
  diffIDs: string[];
  chainIDs: string[];
}

/** What must never change once seen, across the whole run (and across removal and re-pull). */
interface Seen {
  images: Map<string, ImageFacts>;
  /**
   * Layer contents (the serialized diff tree) by cache ID: one layer's files never change. A layer
   * removed and pulled again is a new directory with new inode numbers, so it is a new entry.
   */
  layers: Map<string, string>;
  /** Containers seen, with the names of what they had on disk. */
  containers: Map<string, { mountID: string; initID: string | null; link: string }>;
}

const chainOf = (l: Layer | null): Layer[] => (l ? l.chain().reverse() : []);
const layerText = (l: Layer) => JSON.stringify(serializeMemFs(l.diff));

function checkImages(d: Daemon, seen: Seen): void {
  for (const img of d.images.all()) {
    const facts: ImageFacts = {
      raw: fromUtf8(img.raw),
      diffIDs: chainOf(img.layer).map((l) => l.diffID),
      chainIDs: chainOf(img.layer).map((l) => l.chainID),
    };
    expect(digestOf(img.raw), 'image ID = sha256 of its config').toBe(img.id);
    expect(facts.diffIDs, `layers of ${img.id} = its rootfs.diff_ids`).toEqual(img.config.rootfs?.diff_ids ?? []);
    const before = seen.images.get(img.id);
    if (before) expect(facts, `image ${img.id} changed`).toEqual(before);
    else seen.images.set(img.id, facts);
  }
}

/** Layer contents: checked at the end of a run (serializing every layer after every line is slow). */
function checkLayerContents(d: Daemon, seen: Seen): void {
  for (const l of d.layers.layers()) {
    const text = layerText(l);
    const before = seen.layers.get(l.cacheID);
    if (before !== undefined) expect(text === before, `files of layer ${l.chainID} changed`).toBe(true);
    else seen.layers.set(l.cacheID, text);
  }
}

function noteNewLayers(d: Daemon, seen: Seen): void {
  for (const l of d.layers.layers()) if (!seen.layers.has(l.cacheID)) seen.layers.set(l.cacheID, layerText(l));
}

const sorted = (xs: Iterable<string>) => [...xs].sort();
const hex = (digest: string) => digest.replace(/^sha256:/, '');
const DR = '/var/lib/docker';

function checkStores(host: SimHost, d: Daemon, seen: Seen): void {
  const layers = d.layers.layers();
  const rws = d.layers.rwLayers();
  const containers = d.containers.all();

  // Each image layer is held by exactly the images, child layers and containers on it.
  for (const l of layers) {
    const holders =
      d.images.all().filter((i) => i.layer === l).length +
      layers.filter((x) => x.parent === l).length +
      rws.filter((r) => r.parent === l).length;
    expect(holders, `layer ${l.chainID} is held by nothing`).toBeGreaterThan(0);
    expect(l.refCount, `reference count of layer ${l.chainID}`).toBe(holders);
    if (l.parent) expect(d.layers.lookup(l.parent.chainID), `parent of ${l.chainID} is in the store`).toBe(l.parent);
  }
  for (const img of d.images.all()) if (img.layer) expect(d.layers.lookup(img.layer.chainID), `top layer of ${img.id}`).toBe(img.layer);

  // Containers and RW layers match one to one.
  expect(sorted(rws.map((r) => r.name)), 'RW layers = containers').toEqual(sorted(containers.map((c) => c.id)));
  for (const c of containers) {
    expect(d.layers.getRWLayer(c.id), `RW layer of ${c.name}`).toBe(c.rwLayer);
    if (c.rwLayer.parent) expect(d.layers.lookup(c.rwLayer.parent.chainID), `image layer under ${c.name}`).toBe(c.rwLayer.parent);
    if (!seen.containers.has(c.id)) seen.containers.set(c.id, { mountID: c.rwLayer.mountID, initID: c.rwLayer.initID, link: c.rwLayer.link });
  }

  // /var/lib/docker shows exactly what the stores hold.
  const fs = host.fs(ROOT);
  const ls = (p: string) => sorted(fs.readdir(`${DR}/${p}`));
  const rwDirs = rws.flatMap((r) => (r.init ? [r.mountID, r.init.cacheID] : [r.mountID]));
  expect(ls('overlay2'), 'overlay2/').toEqual(sorted(['l', ...layers.map((l) => l.cacheID), ...rwDirs]));
  expect(ls('overlay2/l'), 'overlay2/l/').toEqual(sorted([...layers.map((l) => l.link), ...rws.flatMap((r) => (r.init ? [r.link, r.init.link] : [r.link]))]));
  expect(ls('image/overlay2/layerdb/sha256'), 'layerdb/sha256/').toEqual(sorted(layers.map((l) => hex(l.chainID))));
  expect(ls('image/overlay2/layerdb/mounts'), 'layerdb/mounts/').toEqual(sorted(containers.map((c) => c.id)));
  expect(ls('image/overlay2/imagedb/content/sha256'), 'imagedb/content/').toEqual(sorted(d.images.all().map((i) => hex(i.id))));
  expect(ls('containers'), 'containers/').toEqual(sorted(containers.map((c) => c.id)));

  // Mounts under overlay2: each layer's diff, each container's diff (and init), merged while running.
  const mounts = host.vfs
    .mountTable()
    .map((m) => m.target)
    .filter((t) => t.startsWith(`${DR}/overlay2/`));
  const expected = [
    ...layers.map((l) => `${DR}/overlay2/${l.cacheID}/diff`),
    ...rwDirs.map((id) => `${DR}/overlay2/${id}/diff`),
    ...containers.filter((c) => c.state.running).map((c) => `${DR}/overlay2/${c.rwLayer.mountID}/merged`),
  ];
  expect(sorted(mounts), 'mounts under overlay2/').toEqual(sorted(expected));

  // A removed container leaves nothing behind.
  const live = new Set(containers.map((c) => c.id));
  for (const [id, was] of seen.containers) {
    if (live.has(id)) continue;
    expect(d.layers.getRWLayer(id), `RW layer of removed ${id}`).toBeUndefined();
    for (const p of [`overlay2/${was.mountID}`, `overlay2/${was.mountID}-init`, `overlay2/l/${was.link}`, `containers/${id}`, `image/overlay2/layerdb/mounts/${id}`]) {
      expect(fs.exists(`${DR}/${p}`), `${p} after rm`).toBe(false);
    }
  }
}

const PS = 'docker ps -a -q --no-trunc';
/** The check's own lines in a transcript (left out of PROP_DUMP). */
const PS_ENTRY = /^\$ docker ps -a -q --no-trunc\n[0-9a-f\n]*\[stderr\]\n\[0\]\n/gm;

async function checkPs(t: Terminal): Promise<void> {
  const r = await t.type(PS);
  expect(r.status, r.stderr).toBe(0);
  expect(sorted(r.stdout.split('\n').filter((x) => x !== '')), '`docker ps -a` = the daemon\'s containers').toEqual(sorted(t.daemon.containers.all().map((c) => c.id)));
}

/** Type the lines with every check after each; returns the terminal for the replay comparison. */
async function runChecked(seed: number, lines: readonly string[]): Promise<Terminal> {
  const t = terminal(seed);
  const seen: Seen = { images: new Map(), layers: new Map(), containers: new Map() };
  for (const l of lines) {
    const r = await t.type(l);
    const leak = jsLeak(r);
    expect(leak, leak).toBeUndefined();
    checkImages(t.daemon, seen);
    noteNewLayers(t.daemon, seen);
    checkStores(t.host, t.daemon, seen);
    await checkPs(t);
  }
  checkLayerContents(t.daemon, seen);
  return t;
}

/** The same lines (checks included: `docker ps` starts a process, which the state records) on a fresh host. */
async function replay(seed: number, lines: readonly string[]): Promise<Terminal> {
  const t = terminal(seed);
  for (const l of lines) {
    await t.type(l);
    await t.type(PS);
  }
  return t;
}

async function property(seed: number, lines: readonly string[]): Promise<void> {
  const a = await runChecked(seed, lines);
  if (process.env.PROP_DUMP) appendFileSync(process.env.PROP_DUMP, `${a.transcript.replaceAll(PS_ENTRY, '')}\n=====\n`);
  const b = await replay(seed, lines);
  expect(b.transcript, 'replay prints the same').toBe(a.transcript);
  const sa = JSON.stringify(a.host.serialize());
  const sb = JSON.stringify(b.host.serialize());
  expect(firstDifference(sb, sa), 'replay serializes the same').toBe(null);
}

const SEED = fc.integer({ min: 1, max: 2 ** 31 - 1 });
/**
 * Most sequences start from a host with images and containers (c1 exited with changes, c2
 * created, c3 running), so that their lines reach deeper states; some from an empty engine.
 */
const STAGED = [
  'docker pull -q alpine',
  'docker pull -q busybox',
  'docker run --name c1 alpine sh -c "echo hi > /f; rm /etc/motd"',
  'docker create --name c2 busybox touch /new',
  'docker run -d --name c3 alpine sleep 1000',
];
const PREFIX = fc.constantFrom<readonly string[]>(STAGED, STAGED, ['docker pull -q alpine'], []);
const sequence = (of: fc.Arbitrary<string>, min: number, max: number) =>
  fc.tuple(PREFIX, fc.array(of, { minLength: min, maxLength: max, size: 'max' })).map(([p, lines]) => [...p, ...lines]);

/**
 * A longer soak: `PROPERTY_RUNS=2000 npx vitest run test/engine/property.test.ts`. Replay a reported
 * failure with `PROPERTY_SEED=<seed> PROPERTY_PATH=<path>` (both as fast-check printed them).
 */
const scale = Number(process.env.PROPERTY_RUNS) || 0;
const params = (runs: number): fc.Parameters<[number, string[]]> => ({
  numRuns: scale || runs,
  ...(process.env.PROPERTY_SEED ? { seed: Number(process.env.PROPERTY_SEED) } : {}),
  ...(process.env.PROPERTY_PATH ? { path: process.env.PROPERTY_PATH } : {}),
});
const timeoutFor = (runs: number) => Math.max(120_000, (scale || runs) * 2_000);

describe('engine properties over random command lines', () => {
  it('docker commands: no JS error escapes, stores and disk agree, replay is identical', async () => {
    await fc.assert(
      fc.asyncProperty(SEED, sequence(DOCKER_LINE, 8, 25), (seed, lines) => property(seed, lines)),
      params(60),
    );
  }, timeoutFor(60));

  it('bad input mixed in (random words, shell metacharacters): the same invariants', async () => {
    await fc.assert(
      fc.asyncProperty(SEED, sequence(LINE, 3, 15), (seed, lines) => property(seed, lines)),
      params(40),
    );
  }, timeoutFor(40));
});
