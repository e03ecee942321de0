/**
 * `docker build` for `npm run bench` (bench/run.ts): a 20-instruction Dockerfile (FROM, 8 RUN, 4
 * COPY, 2 ENV, ARG, WORKDIR, LABEL, EXPOSE, CMD) typed as `docker build -q` in a shell session,
 * built without the cache (`--no-cache`, every step runs) and fully cached (every step a hit).
 * Aims (issue 5): under 20 ms and under 2 ms. Real BuildKit takes about 220 ms for a 4-step
 * uncached build on the machines this project records on.
 */
import { createHost } from '../sandbox-engine/host/host.ts';
import { createSession } from '../sandbox-engine/shell/session.ts';
import { median } from './stats.ts';

export const BUILD_DOCKERFILE = [
  'FROM alpine:3.20',
  'ARG VERSION=1.0',
  'ENV APP_HOME=/app',
  'ENV MODE=production',
  'WORKDIR /app',
  'LABEL org.example.version=$VERSION',
  'RUN echo one > /one.txt',
  'COPY a.txt /app/a.txt',
  'RUN echo two > /two.txt && cat /one.txt /two.txt > /both.txt',
  'COPY b.txt /app/b.txt',
  'RUN mkdir -p /srv/data && echo data > /srv/data/d.txt',
  'COPY conf/ /etc/app/',
  'RUN echo $MODE > /mode.txt',
  'RUN rm /one.txt',
  'COPY c.txt /app/',
  'RUN ls /app > /listing.txt',
  'RUN echo $VERSION > /version.txt',
  'EXPOSE 8080',
  'RUN touch /ready',
  'CMD ["cat", "/app/a.txt"]',
];

const fmt = (ms: number): string => (ms < 10 ? ms.toFixed(2) : ms.toFixed(1));

function line(name: string, times: readonly number[], aimMs: number): string {
  const med = median(times);
  return `${name}: median ${fmt(med)} ms (${times.length} runs, min ${fmt(Math.min(...times))}, max ${fmt(Math.max(...times))})   aim < ${aimMs} ms: ${med < aimMs ? 'met' : 'NOT met'}`;
}

export async function buildBenchmarks(runs: number): Promise<string[]> {
  if (BUILD_DOCKERFILE.length !== 20) throw new Error(`the benchmark Dockerfile has ${BUILD_DOCKERFILE.length} instructions`);
  const host = createHost({ seed: 1 });
  const out = { stdout: '', stderr: '' };
  const session = createSession({ host, tty: false, onOutput: (text, stream) => (out[stream] += text) });
  const type = async (cmd: string): Promise<number> => {
    out.stdout = '';
    out.stderr = '';
    const t0 = performance.now();
    const r = await session.input(cmd);
    const ms = performance.now() - t0;
    if (r.kind !== 'done' || r.status !== 0) throw new Error(`\`${cmd}\` failed: ${out.stderr.trim().split('\n').slice(-3).join(' | ')}`);
    return ms;
  };
  await type('docker pull -q alpine:3.20');
  await type('mkdir -p ctx/conf && echo a > ctx/a.txt && echo b > ctx/b.txt && echo c > ctx/c.txt && echo k=v > ctx/conf/app.conf');
  const df = BUILD_DOCKERFILE.map((l) => l.replace(/'/g, "'\\''")).join('\\n');
  await type(`printf '${df}\\n' > ctx/Dockerfile`);
  const uncached: number[] = [];
  const cached: number[] = [];
  for (let i = 0; i < 5; i++) await type('docker build -q --no-cache -t bench ctx'); // warm-up (JIT)
  for (let i = 0; i < runs; i++) uncached.push(await type('docker build -q --no-cache -t bench ctx'));
  await type('docker build -q -t bench ctx');
  for (let i = 0; i < runs * 5; i++) cached.push(await type('docker build -q -t bench ctx'));
  const check = await (async () => {
    out.stdout = '';
    await session.input('docker run --rm bench');
    return out.stdout;
  })();
  if (check !== 'a\n') throw new Error(`the built image printed ${JSON.stringify(check)}, expected "a\\n"`);
  return [line('docker build, 20 instructions, uncached', uncached, 20), line('docker build, 20 instructions, fully cached', cached, 2)];
}
