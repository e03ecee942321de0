/**
 * The engine's first `docker run` in a page is several times slower than the next ones: the image's
 * layer data is fetched and unpacked, and the JavaScript engine has not optimized the code yet.
 * Right after `ready` the worker (worker.ts) runs a few typical commands on a throwaway host of its
 * own, so that the student's first command finds all that done.
 *
 * The student's host is never touched: the warm-up has its own host, clock, random source and
 * session, so the IDs the student's seed gives are the same with or without it. What it shares with
 * the student's host are process-wide caches only (the catalog's loaded layer data, compiled
 * patterns), which hold the same values however they are filled. It stops at the first message
 * that is real work (worker.ts): no new command starts after that, and the one running, if any,
 * yields at every turn the session takes, so the student's command runs interleaved with its end.
 */
import { createHost, createSession } from '../../../sandbox-engine/index.ts';

/** What a lesson's first minutes run: the hot path of a container's life, and the usual listings. */
const LINES = ['docker run --rm alpine echo hi', 'docker run --rm alpine echo hi', 'docker run -d --name w alpine sleep 5', 'docker ps -a', 'docker rm -f w', 'ls -la /'];

/** Any seed: this host is thrown away. */
const WARM_SEED = 424242;

export interface WarmUp {
  /** No further command starts. */
  stop(): void;
  /** Settles when the warm-up has ended (finished or stopped); never rejects. */
  readonly done: Promise<void>;
  /** Commands it has finished so far. */
  readonly completed: number;
}

/** Starts warming up after one turn of the event loop (so whatever posted `ready` finishes first). */
export function startWarmUp(turn: () => Promise<void>): WarmUp {
  let stopped = false;
  let completed = 0;
  const run = async (): Promise<void> => {
    await turn();
    if (stopped) return;
    const host = createHost({ seed: WARM_SEED });
    const session = createSession({ host, tty: true, columns: 80, yieldControl: turn });
    for (const line of LINES) {
      await turn();
      if (stopped) return;
      await session.input(line);
      completed++;
    }
  };
  const done = run().catch(() => undefined);
  return {
    stop() {
      stopped = true;
    },
    done,
    get completed() {
      return completed;
    },
  };
}
