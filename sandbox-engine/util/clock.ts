/**
 * Virtual time. Nothing in the engine reads the wall clock: time moves only when something advances
 * it (a `sleep`, a session that chooses to follow real time between commands), so the same commands
 * give the same timestamps.
 */
export interface Clock {
  /** Milliseconds since the Unix epoch. */
  now(): number;
  advance(ms: number): void;
}

/** 2026-01-05T09:00:00Z: a Monday morning, fixed so fresh hosts are identical. */
export const DEFAULT_EPOCH_MS = Date.UTC(2026, 0, 5, 9, 0, 0);

export class VirtualClock implements Clock {
  private t: number;
  constructor(startMs: number = DEFAULT_EPOCH_MS) {
    this.t = startMs;
  }
  now(): number {
    return this.t;
  }
  advance(ms: number): void {
    if (ms > 0 && Number.isFinite(ms)) this.t += Math.floor(ms);
  }
}
