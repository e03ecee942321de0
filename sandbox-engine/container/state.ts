/**
 * A container's state as moby's container/state.go keeps it: flags plus times, from which the API
 * status word (`StateString`) and the `docker ps` STATUS text (`statusText`) are derived.
 */
import { humanDuration } from '../cli/formatter/units.ts';

export type ContainerStatus = 'created' | 'running' | 'paused' | 'restarting' | 'removing' | 'exited' | 'dead';

/** Go's zero time as the API prints it. */
export const ZERO_TIME = 0;

export interface State {
  running: boolean;
  paused: boolean;
  restarting: boolean;
  oomKilled: boolean;
  removalInProgress: boolean;
  dead: boolean;
  /** Host PID of the main process while running; 0 otherwise. */
  pid: number;
  exitCode: number;
  error: string;
  /** Virtual-clock ms; ZERO_TIME when never started / not finished. */
  startedAt: number;
  finishedAt: number;
}

export function newState(): State {
  return {
    running: false,
    paused: false,
    restarting: false,
    oomKilled: false,
    removalInProgress: false,
    dead: false,
    pid: 0,
    exitCode: 0,
    error: '',
    startedAt: ZERO_TIME,
    finishedAt: ZERO_TIME,
  };
}

export function stateString(s: State): ContainerStatus {
  if (s.running) {
    if (s.paused) return 'paused';
    if (s.restarting) return 'restarting';
    return 'running';
  }
  if (s.removalInProgress) return 'removing';
  if (s.dead) return 'dead';
  if (s.startedAt === ZERO_TIME) return 'created';
  return 'exited';
}

/** `docker ps` STATUS (container/state.go String). `now` is the daemon's clock. */
export function statusText(s: State, now: number): string {
  if (s.running) {
    if (s.paused) return `Up ${humanDuration(now - s.startedAt)} (Paused)`;
    if (s.restarting) return `Restarting (${s.exitCode}) ${humanDuration(now - s.finishedAt)} ago`;
    return `Up ${humanDuration(now - s.startedAt)}`;
  }
  if (s.removalInProgress) return 'Removal In Progress';
  if (s.dead) return 'Dead';
  if (s.startedAt === ZERO_TIME) return 'Created';
  if (s.finishedAt === ZERO_TIME) return '';
  return `Exited (${s.exitCode}) ${humanDuration(now - s.finishedAt)} ago`;
}

export function setRunning(s: State, pid: number, now: number): void {
  s.running = true;
  s.paused = false;
  s.restarting = false;
  s.pid = pid;
  s.exitCode = 0;
  s.error = '';
  s.startedAt = now;
}

export function setStopped(s: State, exitCode: number, now: number): void {
  s.running = false;
  s.paused = false;
  s.restarting = false;
  s.pid = 0;
  s.exitCode = exitCode;
  s.finishedAt = now;
}
