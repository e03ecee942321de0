/**
 * Virtual time. Nothing in the engine reads the wall clock: time moves only when something drives
 * it forward, so the same commands give the same timestamps.
 *
 * Two kinds of waiting:
 * - `advance(ms)` drives time: a foreground `sleep 5` calls it. Timers that fall due on the way
 *   (detached containers' sleeps) wake in time order, each getting a turn of the event loop to run
 *   until it waits again, before time moves on.
 * - `wait(ms)` is passive: a background process waits until someone else drives time past its
 *   deadline. A detached `sleep 300` therefore lasts 300 virtual seconds, however many real ones.
 *
 * Example:
 *   const clock = new VirtualClock();
 *   const woke = clock.wait(1000).then(() => clock.now());
 *   await clock.advance(5000);     // woke resolves with start + 1000; now() is start + 5000
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  /** Drive time forward by `ms`, waking due timers in order. */
  advance(ms: number): Promise<void>;
  /** Resolve once time has been driven `ms` past now. */
  wait(ms: number): Promise<void>;
  /** Timers still pending (for serialization checks and tests). */
  pendingTimers(): number;
}

/** 2026-01-05T09:00:00Z: a Monday morning, fixed so fresh hosts are identical. */
export const DEFAULT_EPOCH_MS = Date.UTC(2026, 0, 5, 9, 0, 0);

interface Timer {
  at: number;
  seq: number;
  resolve: () => void;
}

/** One turn of the event loop, so woken async work runs until it blocks again. */
export function macrotask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class VirtualClock implements Clock {
  private t: number;
  private timers: Timer[] = [];
  private seq = 0;
  private readonly turn: () => Promise<void>;

  constructor(startMs: number = DEFAULT_EPOCH_MS, turn: () => Promise<void> = macrotask) {
    this.t = startMs;
    this.turn = turn;
  }

  now(): number {
    return this.t;
  }

  /** Move time without waking anyone (restoring state, setting up a scenario). */
  set(ms: number): void {
    this.t = ms;
  }

  wait(ms: number): Promise<void> {
    const at = this.t + Math.max(0, Math.floor(Number.isFinite(ms) ? ms : 0));
    return new Promise((resolve) => {
      this.timers.push({ at, seq: this.seq++, resolve });
      this.timers.sort((a, b) => a.at - b.at || a.seq - b.seq);
    });
  }

  async advance(ms: number): Promise<void> {
    if (!(ms > 0) || !Number.isFinite(ms)) return;
    const end = this.t + Math.floor(ms);
    while (this.timers.length > 0 && this.timers[0].at <= end) {
      const timer = this.timers.shift()!;
      if (timer.at > this.t) this.t = timer.at;
      timer.resolve();
      await this.turn();
    }
    this.t = end;
  }

  pendingTimers(): number {
    return this.timers.length;
  }

  /** When the earliest pending timer falls due, or undefined when none is pending. */
  nextTimerAt(): number | undefined {
    return this.timers[0]?.at;
  }
}
