/**
 * Budgets that keep a runaway command from hanging the page: steps (commands, loop iterations,
 * applet ticks) and output bytes per input line, nesting depth, input size. When a budget runs out
 * the interpreter unwinds the whole input line with a control signal, prints one clear message
 * and the session stays usable.
 *
 * Statuses: interrupt (Ctrl-C) 130 as for SIGINT; a step or output limit 124, the status
 * coreutils' `timeout` uses for "stopped for taking too long".
 */
import type { ShellLimits } from './session-types.ts';

export const DEFAULT_LIMITS: ShellLimits = Object.freeze({
  maxSteps: 1_000_000,
  maxDepth: 1000,
  maxOutputBytes: 4 * 1024 * 1024,
  maxFileBytes: 64 * 1024 * 1024,
  maxInputBytes: 1024 * 1024,
});

export const STATUS_INTERRUPTED = 130;
export const STATUS_LIMIT = 124;

/** How often (in steps) a long computation gives the event loop a turn. */
export const YIELD_EVERY = 10_000;

/** Base of the signals that unwind a whole input line; never caught by anything but the session. */
export class ControlSignal extends Error {
  readonly status: number;
  constructor(message: string, status: number) {
    super(message);
    this.name = 'ControlSignal';
    this.status = status;
  }
}

export class Interrupted extends ControlSignal {
  constructor() {
    super('interrupted', STATUS_INTERRUPTED);
    this.name = 'Interrupted';
  }
}

export class LimitExceeded extends ControlSignal {
  /** The line printed on stderr. */
  readonly text: string;
  constructor(text: string) {
    super(text, STATUS_LIMIT);
    this.name = 'LimitExceeded';
    this.text = text;
  }
}

export function stepLimitText(max: number): string {
  return `dockersim: step limit exceeded (${max} steps): command stopped\n`;
}

export function outputLimitText(max: number): string {
  return `dockersim: output limit exceeded (${formatBytes(max)} per command line): command stopped\n`;
}

export function fileLimitText(max: number): string {
  return `dockersim: file output limit exceeded (${formatBytes(max)} per command line): command stopped\n`;
}

export function shellDepthText(max: number): string {
  return `dockersim: too many nested shells (more than ${max}): command stopped\n`;
}

export function inputLimitText(size: number, max: number): string {
  return `dockersim: input too long (${size} bytes, limit ${max}): not run\n`;
}

function formatBytes(n: number): string {
  if (n % (1024 * 1024) === 0) return `${n / (1024 * 1024)} MiB`;
  if (n % 1024 === 0) return `${n / 1024} KiB`;
  return `${n} bytes`;
}

/**
 * Per-session accounting shared by the interpreter, subshells, nested scripts and applets.
 * `reset()` starts a new input line's budget.
 */
export class Runtime {
  readonly limits: ShellLimits;
  steps = 0;
  outputBytes = 0;
  /** Bytes written to files through redirections (their own, larger budget: `docker export > f.tar`). */
  fileBytes = 0;
  private interruptRequested = false;
  private atStep: number | undefined;
  /** Processes waiting with no timer (`sleep infinity`), woken when an interrupt may be due. */
  private wakers: (() => void)[] = [];
  /** Step at which the last interrupt landed (recorded per history entry). */
  interruptedAtStep: number | undefined;
  /**
   * Set for a container's process tree (runtime/container-process.ts): `pid` is its PID 1, and a
   * shell running as that PID installs `receiver` to take the signals sent to PID 1 (shell/signals.ts).
   */
  pid1: { pid: number; receiver?: (sig: number) => boolean } | undefined;
  /** Shells running inside shells right now (a script that runs itself must end). */
  shellDepth = 0;
  private nextYield = YIELD_EVERY;
  private readonly yieldControl?: () => Promise<void>;

  constructor(limits: ShellLimits, yieldControl?: () => Promise<void>) {
    this.limits = limits;
    this.yieldControl = yieldControl;
  }

  reset(): void {
    this.steps = 0;
    this.outputBytes = 0;
    this.fileBytes = 0;
    this.interruptRequested = false;
    this.interruptedAtStep = undefined;
    this.nextYield = YIELD_EVERY;
  }

  /** Replay: raise the interrupt when `steps` reaches this value. */
  get interruptAtStep(): number | undefined {
    return this.atStep;
  }

  set interruptAtStep(step: number | undefined) {
    this.atStep = step;
    if (step !== undefined) this.wake();
  }

  interrupt(): void {
    this.interruptRequested = true;
    this.wake();
  }

  /**
   * Resolves when an interrupt is requested or scheduled: a process that waits for nothing but a
   * signal (`sleep infinity`) parks here instead of on a clock timer, then checks with `tick(0)`,
   * so a live Ctrl-C lands at the step it parked at, where a replay's scheduled one lands too.
   */
  whenInterrupt(): Promise<void> {
    return new Promise((resolve) => this.wakers.push(resolve));
  }

  private wake(): void {
    const w = this.wakers;
    if (w.length === 0) return;
    this.wakers = [];
    for (const f of w) f();
  }

  /** Charge steps; throws Interrupted or LimitExceeded when due. */
  tick(n = 1): void {
    this.steps += n;
    if (this.interruptRequested || (this.interruptAtStep !== undefined && this.steps >= this.interruptAtStep)) {
      this.interruptRequested = false;
      this.interruptAtStep = undefined;
      this.interruptedAtStep = this.steps;
      throw new Interrupted();
    }
    if (this.steps > this.limits.maxSteps) throw new LimitExceeded(stepLimitText(this.limits.maxSteps));
  }

  /** True when enough steps passed that the event loop should get a turn. */
  get yieldDue(): boolean {
    return this.steps >= this.nextYield;
  }

  /** Give the event loop a turn (so a Ctrl-C message can arrive), then check for it. */
  async yieldNow(): Promise<void> {
    this.nextYield = this.steps + YIELD_EVERY;
    if (this.yieldControl) await this.yieldControl();
    this.tick(0);
  }

  /** Charge output bytes; throws LimitExceeded past the budget. */
  chargeOutput(bytes: number): void {
    this.outputBytes += bytes;
    if (this.outputBytes > this.limits.maxOutputBytes) throw new LimitExceeded(outputLimitText(this.limits.maxOutputBytes));
  }

  /** Charge bytes written to a file; throws LimitExceeded past the file budget. */
  chargeFile(bytes: number): void {
    this.fileBytes += bytes;
    const max = this.limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;
    if (this.fileBytes > max) throw new LimitExceeded(fileLimitText(max));
  }
}
