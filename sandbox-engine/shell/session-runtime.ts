/**
 * A session's budget (limits.ts Runtime) that also places Ctrl-Cs for replay and reports where
 * each one landed.
 *
 * A Ctrl-C "lands" when a step check (`tick`) raises the interrupt. A command may survive a
 * landing: the docker client forwards it as SIGINT and keeps waiting, a container's shell stops
 * only its running program. Live, `onLanded(step, token)` says where each landed (`token` is what
 * `request` was given, so the caller knows which Ctrl-C it was); a replay gives the same steps to
 * `schedule` (several per command, in any order) and each raises the interrupt once the count
 * reaches it. Every Ctrl-C lands on its own: two typed before the next check land at two checks
 * in a row (the docker client counts them), and a live one and a scheduled one due at the same
 * check land one after the other. `reset()` (a new input line) forgets live ones not landed.
 *
 * Example: rt.schedule(40); rt.schedule(12); ... tick() throws Interrupted at step 12, then at 40.
 */
import { Interrupted, Runtime } from './limits.ts';

export class SessionRuntime extends Runtime {
  /** Scheduled steps not armed yet, ascending (the armed one is `interruptAtStep`). */
  private readonly due: number[] = [];
  /** Live Ctrl-Cs not landed yet, oldest first, by their tokens (Runtime keeps only a flag). */
  private readonly live: unknown[] = [];
  /** Called with the step of every landing; `token` is the live request's (undefined if scheduled). */
  onLanded: ((step: number, token: unknown) => void) | undefined;

  /** A live Ctrl-C, with a token its landing is reported with. */
  request(token: unknown): void {
    this.live.push(token);
    super.interrupt();
  }

  override interrupt(): void {
    this.request(undefined);
  }

  override reset(): void {
    super.reset();
    this.live.length = 0;
  }

  /** Replay: raise the interrupt when the step count reaches `step` (in addition to others). */
  schedule(step: number): void {
    const armed = this.interruptAtStep;
    if (armed !== undefined) this.insert(armed);
    this.insert(step);
    this.interruptAtStep = this.due.shift();
  }

  /** Forget scheduled steps (the command they were meant for is over). */
  clearSchedule(): void {
    this.due.length = 0;
    this.interruptAtStep = undefined;
  }

  override tick(n = 1): void {
    const armed = this.interruptAtStep;
    try {
      super.tick(n);
    } catch (e) {
      if (!(e instanceof Interrupted)) throw e;
      let token: unknown;
      if (armed !== undefined && this.steps >= armed) {
        // The scheduled one landed; the next waits its turn.
        this.interruptAtStep = this.due.shift();
      } else {
        // A live one landed; a scheduled one not yet due stays armed.
        this.interruptAtStep = armed;
        token = this.live.shift();
      }
      // Live ones still pending land at the next checks (Runtime cleared its flag).
      if (this.live.length > 0) super.interrupt();
      this.onLanded?.(this.steps, token);
      throw e;
    }
  }

  private insert(step: number): void {
    let i = this.due.length;
    while (i > 0 && this.due[i - 1] > step) i--;
    this.due.splice(i, 0, step);
  }
}
