/**
 * `npm run bench`: how fast the simulated shell is on three workloads a lesson can plausibly
 * produce, then the engine's figures (bench/engine.ts: `docker run`, diff and commit of 100
 * changes, the heap of 1,000 containers, a 200-command replay). Not a test: it prints measured
 * figures next to the aim and always exits 0, so a slow machine never fails a build; a workload
 * that errors is reported as such.
 *
 *   npm run bench               # 7 timed runs per workload after one warm-up
 *   npm run bench -- --runs 15
 *   npm run bench -- --only engine   # or --only shell, --only build (bench/build.ts), --only site (bench/site.ts)
 *
 * Each shell run gets a fresh host and session; only `session.runScript` is timed (the 5,000-file
 * tree for `find /` is made beforehand through the host's file system, not through the shell).
 */
import { createHost } from '../sandbox-engine/host/host.ts';
import type { Host } from '../sandbox-engine/host/types.ts';
import { createSession } from '../sandbox-engine/shell/session.ts';
import { ROOT } from '../sandbox-engine/vfs/types.ts';
import { engineBenchmarks } from './engine.ts';
import { buildBenchmarks } from './build.ts';
import { siteBenchmarks } from './site.ts';
import { median, parseRuns } from './stats.ts';
import { MOUNT_PATHS, prepareMountBench } from './mounts.ts';

const AIM_MS = 50;
const HOME = '/home/student';

interface Workload {
  name: string;
  script: string;
  /** Fill the host before the timed part. */
  prepare?(host: Host): void;
  /** Sanity check of one run's result: a message if the run did not do the work. */
  check(result: RunResult, host: Host): string | undefined;
}

interface RunResult {
  status: number;
  stdout: string;
  stderr: string;
  ms: number;
}

const TREE_DIRS = 50;
const FILES_PER_DIR = 100; // 50 x 100 = 5,000 files

const WORKLOADS: Workload[] = [
  {
    name: 'while loop, 10,000 iterations',
    script: 'i=0\nwhile [ $i -lt 10000 ]; do i=$((i + 1)); done\necho $i',
    check: (r) => (r.status === 0 && r.stdout === '10000\n' ? undefined : `expected "10000", status 0`),
  },
  {
    name: 'find / over a 5,000-file tree',
    script: 'find /',
    prepare(host) {
      const fs = host.fs(ROOT).with({ umask: 0o022 });
      fs.mkdir('/srv/tree');
      for (let d = 0; d < TREE_DIRS; d++) {
        fs.mkdir(`/srv/tree/d${d}`);
        for (let f = 0; f < FILES_PER_DIR; f++) fs.writeFile(`/srv/tree/d${d}/f${f}`, 'x\n');
      }
    },
    // As student, `find /` meets unreadable directories (status 1, like the real one).
    check: (r) => {
      const inTree = r.stdout.split('\n').filter((l) => l.startsWith('/srv/tree/')).length;
      return inTree === TREE_DIRS * (FILES_PER_DIR + 1) ? undefined : `listed ${inTree} paths under /srv/tree`;
    },
  },
  {
    name: '1,000 appends (echo x >> f)',
    script: 'echo x >> f\n'.repeat(1000),
    check: (r, host) => {
      if (r.status !== 0) return `status ${r.status}`;
      const size = host.fs(ROOT).stat(`${HOME}/f`).size;
      return size === 2000 ? undefined : `f has ${size} bytes, expected 2000`;
    },
  },
];

async function runOnce(w: Workload): Promise<RunResult & { problem?: string }> {
  const host = createHost({ seed: 1 });
  w.prepare?.(host);
  let stdout = '';
  let stderr = '';
  const session = createSession({
    host,
    user: 'student',
    onOutput: (text, stream) => {
      if (stream === 'stdout') stdout += text;
      else stderr += text;
    },
  });
  const t0 = performance.now();
  const status = await session.runScript(w.script, { name: 'bench', mode: 'command' });
  const ms = performance.now() - t0;
  const result = { status, stdout, stderr, ms };
  return { ...result, problem: w.check(result, host) };
}

const fmt = (ms: number): string => ms.toFixed(1);

function only(argv: readonly string[]): string | undefined {
  const i = argv.indexOf('--only');
  return i >= 0 ? argv[i + 1] : undefined;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const runs = parseRuns(argv);
  const part = only(argv);
  if (!part || part === 'shell') await shellBenchmarks(runs);
  if (!part || part === 'engine') {
    console.log(`dockersim engine benchmark: Node ${process.versions.node}, medians after a warm-up`);
    await engineBenchmarks(runs);
  }
  if (!part || part === 'build') console.log((await buildBenchmarks(runs).catch((e: Error) => [`docker build: failed: ${e.message}`])).join('\n'));
  if (!part || part === 'site') console.log((await siteBenchmarks(runs)).join('\n'));
}

async function shellBenchmarks(runs: number): Promise<void> {
  console.log(`dockersim shell benchmark: Node ${process.versions.node}, ${runs} timed runs each after 1 warm-up`);
  for (const w of WORKLOADS) {
    try {
      const warm = await runOnce(w);
      if (warm.problem) {
        const why = warm.stderr.trim().split('\n').slice(0, 3).join(' | ');
        console.log(`${w.name}: did not run as expected: ${warm.problem}${why ? ` (stderr: ${why})` : ''}`);
        continue;
      }
      const times: number[] = [];
      for (let i = 0; i < runs; i++) times.push((await runOnce(w)).ms);
      const med = median(times);
      const verdict = med < AIM_MS ? 'met' : 'NOT met';
      console.log(
        `${w.name}: median ${fmt(med)} ms (${runs} runs, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))})` +
          `   aim < ${AIM_MS} ms: ${verdict}`,
      );
    } catch (err) {
      console.log(`${w.name}: failed: ${(err as Error).stack ?? String(err)}`);
    }
  }
  await mountsWorkload(runs);
}

/** A container with 5 mounts resolving 10,000 paths (bench/mounts.ts); one prepared container. */
async function mountsWorkload(runs: number): Promise<void> {
  const name = `container with 5 mounts, ${MOUNT_PATHS.toLocaleString('en-US')} path lookups`;
  try {
    const b = await prepareMountBench();
    const warm = b.run();
    if (warm !== MOUNT_PATHS) {
      console.log(`${name}: did not run as expected: ${warm} of ${MOUNT_PATHS} paths resolved`);
      return;
    }
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const t0 = performance.now();
      b.run();
      times.push(performance.now() - t0);
    }
    const med = median(times);
    console.log(
      `${name}: median ${fmt(med)} ms (${runs} runs, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))})` +
        `   aim < ${AIM_MS} ms: ${med < AIM_MS ? 'met' : 'NOT met'}`,
    );
  } catch (err) {
    console.log(`${name}: failed: ${(err as Error).stack ?? String(err)}`);
  }
}

await main();
