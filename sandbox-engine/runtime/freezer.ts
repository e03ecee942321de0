/**
 * The cgroup freezer `docker pause` uses: a paused container's processes stop being scheduled.
 * Our processes are async functions; they can only make progress when one of their awaits
 * resolves (a clock wait, a read, a write, a yield of the step loop). Each of those is gated here:
 * after the wait resolves, the process stays blocked until the container is thawed. A sleep whose
 * deadline passed while frozen therefore ends right after `docker unpause`, as on Linux.
 *
 * Example:
 *   const f = new Freezer();
 *   const clock = frozenClock(passiveClock(host.clock), f);   // for the container's NamespaceHost
 *   f.freeze();   // docker pause
 *   f.thaw();     // docker unpause
 */
import type { Clock } from '../util/clock.ts';
import type { InputStream, OutputStream } from '../shell/process.ts';
import { concatBytes } from '../util/text.ts';

export class Freezer {
  private frozenFlag = false;
  private waiters: Array<() => void> = [];

  get frozen(): boolean {
    return this.frozenFlag;
  }

  freeze(): void {
    this.frozenFlag = true;
  }

  thaw(): void {
    this.frozenFlag = false;
    const w = this.waiters;
    this.waiters = [];
    for (const f of w) f();
  }

  /** Resolves at once when thawed; otherwise when the container is unpaused. */
  gate(): Promise<void> {
    if (!this.frozenFlag) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }
}

/** The container's clock: waits end only when the container is not frozen. */
export function frozenClock(inner: Clock, f: Freezer): Clock {
  return {
    now: () => inner.now(),
    advance: async (ms) => {
      await inner.advance(ms);
      await f.gate();
    },
    wait: async (ms) => {
      await inner.wait(ms);
      await f.gate();
    },
    pendingTimers: () => inner.pendingTimers(),
  };
}

/** An output stream a frozen process cannot write to until it is thawed. */
export function frozenOutput(inner: OutputStream, f: Freezer): OutputStream {
  return {
    get isTTY() {
      return inner.isTTY;
    },
    write: async (d) => {
      await f.gate();
      await inner.write(d);
    },
  };
}

/** An input stream whose data reaches a frozen process only once it is thawed. */
export function frozenInput(inner: InputStream, f: Freezer): InputStream & { unread(d: Uint8Array): void } {
  const back: Uint8Array[] = [];
  return {
    get isTTY() {
      return inner.isTTY;
    },
    read: async () => {
      const d = back.shift() ?? (await inner.read());
      await f.gate();
      return d;
    },
    readAll: async () => {
      const parts: Uint8Array[] = [];
      for (;;) {
        const d = back.shift() ?? (await inner.read());
        if (d === null) break;
        parts.push(d);
      }
      await f.gate();
      return concatBytes(parts);
    },
    unread: (d) => {
      if (d.length > 0) back.unshift(d.slice());
    },
  };
}
