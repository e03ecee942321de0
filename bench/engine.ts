/**
 * The engine's benchmarks for `npm run bench` (bench/run.ts prints them after the shell's): what a
 * lesson does most, typed through a shell session as a student types it.
 *
 * - `docker run --rm alpine true`, one command at a time (the median of many);
 * - `docker diff` and `docker commit` of a container that changed 100 files;
 * - the heap that 1,000 containers from alpine take (a container should cost only its own
 *   layers: the image's files are shared);
 * - replaying a 200-command lesson session on a fresh host, as grading does.
 *
 * Each prints its figure next to its aim; a workload that errors or does not do its work says so.
 */
import { createHost, type SimHost } from '../sandbox-engine/host/host.ts';
import { createSession } from '../sandbox-engine/shell/session.ts';
import { DOCKER_SOCKET } from '../sandbox-engine/daemon/install.ts';
import type { Daemon } from '../sandbox-engine/daemon/daemon.ts';
import { collector, heapAfterGC, median } from './stats.ts';

interface Typed {
  status: number;
  stdout: string;
  stderr: string;
  ms: number;
}

interface Terminal {
  host: SimHost;
  daemon: Daemon;
  type(line: string): Promise<Typed>;
}

function terminal(seed = 1): Terminal {
  const host = createHost({ seed });
  const out = { stdout: '', stderr: '' };
  const session = createSession({ host, tty: false, onOutput: (text, stream) => (out[stream] += text) });
  return {
    host,
    daemon: host.listeners.get(DOCKER_SOCKET) as Daemon,
    async type(line) {
      out.stdout = '';
      out.stderr = '';
      const t0 = performance.now();
      const r = await session.input(line);
      const ms = performance.now() - t0;
      return { status: r.kind === 'done' ? r.status : -1, ...out, ms };
    },
  };
}

/** Type a line that must succeed. */
async function must(t: Terminal, line: string): Promise<Typed> {
  const r = await t.type(line);
  if (r.status !== 0) throw new Error(`\`${line}\` exited ${r.status}: ${r.stderr.trim().split('\n').slice(0, 3).join(' | ')}`);
  return r;
}

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));
const mb = (bytes: number): string => (bytes / 2 ** 20).toFixed(1);

function timeLine(name: string, times: readonly number[], aimMs: number | null, extra = ''): string {
  const med = median(times);
  const aim = aimMs === null ? '   (no aim)' : `   aim <= ${aimMs} ms: ${med <= aimMs ? 'met' : 'NOT met'}`;
  return `${name}: median ${fmt(med)} ms (${times.length} runs, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))}${extra})${aim}`;
}

/** `docker run --rm alpine true`, timed one command at a time after a warm-up. */
async function benchRun(runs: number): Promise<string> {
  const t = terminal();
  await must(t, 'docker pull -q alpine');
  for (let i = 0; i < 20; i++) await must(t, 'docker run --rm alpine true');
  const times: number[] = [];
  for (let i = 0; i < runs * 30; i++) times.push((await must(t, 'docker run --rm alpine true')).ms);
  if (t.daemon.containers.all().length !== 0) throw new Error('--rm left containers behind');
  return timeLine('docker run --rm alpine true', times, 0.2);
}

/**
 * 100 changes of each kind a storage lesson shows: 60 files added, 20 image files modified (copied
 * up), 20 image files deleted (whiteouts).
 */
const CHANGE_100 = [
  // (no `seq`: the simulated busybox has no seq applet yet)
  'mkdir /data && i=1 && while [ $i -le 60 ]; do echo $i > /data/f$i; i=$((i + 1)); done',
  'cd /etc && touch alpine-release fstab group inittab issue modules motd nsswitch.conf os-release passwd profile protocols securetty services shadow shells sysctl.conf',
  'echo x >> /lib/apk/db/installed && touch /lib/apk/db/scripts.tar /lib/apk/db/triggers',
  'cd /usr/bin && rm $(ls | head -20)',
].join('; ');

async function benchDiffCommit(runs: number): Promise<string[]> {
  const t = terminal();
  await must(t, 'docker pull -q alpine');
  await must(t, `docker run --name changed alpine sh -c '${CHANGE_100}'`);
  const diff = await must(t, 'docker diff changed');
  const lines = diff.stdout.split('\n').filter((l) => l !== '');
  const counts = { A: 0, C: 0, D: 0 };
  for (const l of lines) counts[l[0] as 'A' | 'C' | 'D']++;
  if (counts.A < 60 || counts.D < 20 || lines.length < 100) throw new Error(`docker diff shows ${lines.length} changes (${JSON.stringify(counts)}), expected 60 A, 20 C, 20 D at least`);
  const n = runs * 5;
  const diffTimes: number[] = [];
  for (let i = 0; i < 3; i++) await must(t, 'docker diff changed');
  for (let i = 0; i < n; i++) diffTimes.push((await must(t, 'docker diff changed')).ms);
  const commitTimes: number[] = [];
  await must(t, 'docker commit changed warm');
  for (let i = 0; i < n; i++) commitTimes.push((await must(t, `docker commit changed snap${i}`)).ms);
  const what = `, ${lines.length} lines: ${counts.A} A, ${counts.C} C, ${counts.D} D`;
  return [
    timeLine('docker diff of a container that changed 100 files', diffTimes, null, what),
    timeLine('docker commit of a container that changed 100 files', commitTimes, null),
  ];
}

const CONTAINERS = 1000;
const HEAP_AIM_MB = 50;

/** Heap growth from 1,000 `docker run alpine true` (exited containers, kept). */
async function benchContainersHeap(runs: number): Promise<string> {
  const gc = collector();
  const deltas: number[] = [];
  const times: number[] = [];
  for (let r = 0; r < runs; r++) {
    const t = terminal();
    await must(t, 'docker pull -q alpine');
    await must(t, 'docker run --rm alpine true');
    const before = heapAfterGC(gc);
    const t0 = performance.now();
    for (let i = 0; i < CONTAINERS; i++) await must(t, 'docker run alpine true');
    times.push(performance.now() - t0);
    const after = heapAfterGC(gc);
    if (t.daemon.containers.all().length !== CONTAINERS) throw new Error(`${t.daemon.containers.all().length} containers, expected ${CONTAINERS}`);
    deltas.push(after - before);
  }
  const med = median(deltas);
  return (
    `1,000 containers from alpine (docker run alpine true): heap +${mb(med)} MB (${runs} runs, min ${mb(Math.min(...deltas))}, max ${mb(Math.max(...deltas))};` +
    ` ${(med / CONTAINERS / 1024).toFixed(1)} KB a container; the 1,000 runs took ${fmt(median(times) / 1000)} s)` +
    `   aim <= ${HEAP_AIM_MB} MB: ${med / 2 ** 20 <= HEAP_AIM_MB ? 'met' : 'NOT met'}`
  );
}

/** A 200-command lesson session: 20 rounds of run, diff, ps, inspect, logs, commit, images, run the image, ls, rm. */
export function lessonSession(): string[] {
  const lines: string[] = [];
  for (let i = 1; i <= 20; i++) {
    lines.push(
      `docker run --name c${i} alpine sh -c "echo ${i} > /data${i}; rm /etc/motd"`,
      `docker diff c${i}`,
      "docker ps -a --format '{{.Names}} {{.Status}}'",
      `docker inspect -f '{{.GraphDriver.Data.UpperDir}}' c${i}`,
      `docker logs c${i}`,
      `docker commit c${i} img${i}`,
      'docker images',
      `docker run --rm img${i} cat /data${i}`,
      `echo round ${i} && ls -la`,
      `docker rm c${i}`,
    );
  }
  return lines;
}

/** Replay as grading does: a fresh host, a session, every line typed; timed from createHost on. */
async function benchReplay(runs: number): Promise<string> {
  const lines = lessonSession();
  const once = async (): Promise<number> => {
    const t0 = performance.now();
    const t = terminal(7);
    for (const line of lines) await must(t, line);
    const ms = performance.now() - t0;
    if (t.daemon.images.all().length !== 21) throw new Error(`${t.daemon.images.all().length} images after the session, expected 21`);
    return ms;
  };
  await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push(await once());
  return timeLine(`replay of a ${lines.length}-command session`, times, 20);
}

export async function engineBenchmarks(runs: number): Promise<void> {
  const jobs: Array<[string, () => Promise<string | string[]>]> = [
    ['docker run --rm alpine true', () => benchRun(runs)],
    ['docker diff / commit of 100 changed files', () => benchDiffCommit(runs)],
    ['1,000 containers from alpine', () => benchContainersHeap(Math.min(runs, 3))],
    ['replay of a 200-command session', () => benchReplay(runs)],
  ];
  for (const [name, job] of jobs) {
    try {
      const out = await job();
      for (const line of [out].flat()) console.log(line);
    } catch (err) {
      console.log(`${name}: failed: ${(err as Error).stack ?? String(err)}`);
    }
  }
}
