/**
 * One `astro build` at a time per checkout: Astro keeps intermediate files under the project's
 * ./.astro whatever --outDir says, so two builds started by parallel test files (the pages test
 * and the browser suite) can trip over each other. `withBuildLock` holds a lock directory in the
 * system temp dir (mkdir is atomic), waits for it, and takes over one left by a crashed run.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const LOCK = join(tmpdir(), `dockersim-astro-build-${createHash('sha256').update(ROOT).digest('hex').slice(0, 12)}.lock`);
/** Longer than any build takes here: a lock this old was left by a process that died. */
const STALE_MS = 5 * 60_000;

function sleep(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

export function withBuildLock<T>(build: () => T): T {
  for (;;) {
    try {
      mkdirSync(LOCK);
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      try {
        if (Date.now() - statSync(LOCK).mtimeMs > STALE_MS) rmSync(LOCK, { recursive: true, force: true });
      } catch {
        // Released between the two calls: try again.
      }
      sleep(200);
    }
  }
  try {
    return build();
  } finally {
    rmSync(LOCK, { recursive: true, force: true });
  }
}
