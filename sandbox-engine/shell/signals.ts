/**
 * Signals to a shell that is PID 1 of a container (`docker stop`, `docker kill -s`, the Ctrl-C a
 * non-tty `docker run` forwards). The kernel drops signals PID 1 has no handler for, so what
 * happens depends on what the shell installed. Recorded with Engine 20.10, alpine 3.20 (busybox
 * ash) and ubuntu 24.04 (dash), `docker run -d --name N IMG sh -c CMD; docker kill -s SIG N;
 * docker wait N; docker logs N`, signal sent 1 s in:
 *   INT  'sleep 3; echo x'                        -> 130 after the sleep, no x  (ash and dash)
 *   INT  'while true; do sleep 1; done'           -> 130 within 1 s
 *   INT  'echo a; sleep 3'                        -> a, 0 after the sleep (the last command of
 *                                                    -c is exec'd: `sleep` is PID 1, ignores it)
 *   TERM/HUP 'sleep 3; echo x'                    -> x, 0 (ignored)
 *   TERM 'trap "echo bye; exit 0" TERM; while true; do sleep 1; done' -> bye, 0 within 1 s
 *   TERM 'trap "echo bye" TERM; sleep 3; echo after; sleep 1; echo end' -> bye after end, 0
 *   INT  'trap "echo got int" INT; sleep 3; echo after' -> got int, after, 0
 * GNU bash as PID 1 (`unshare -fp --mount-proc bash -c ...`) ignores an untrapped SIGINT too
 * (x, 0) and runs traps the same way. The signal reaches only PID 1: the `sleep` it waits for
 * goes on, and the trap runs once it has ended (ash's pending-signal check between commands).
 */
import type { Runtime } from './limits.ts';
import type { Shell } from './shell-state.ts';
import { trapNameOf } from './builtins/trap.ts';

export const SIGINT = 2;

/**
 * Let `sh` (running as process `pid`) take the signals sent to its container's PID 1, when it is
 * that process. Returns the function that uninstalls it when the shell ends.
 * `exitsOnInt`: ash and dash leave with 130 on an untrapped SIGINT; bash ignores it.
 */
export function takePid1Signals(rt: Runtime, sh: Shell, pid: number, exitsOnInt: boolean): () => void {
  const port = rt.pid1;
  if (!port || port.pid !== pid || port.receiver) return () => undefined;
  const receiver = (sig: number): boolean => {
    const name = trapNameOf(sig);
    const action = name === undefined ? undefined : sh.traps.get(name);
    if (action === '') return true; // `trap '' TERM`: ignored on purpose
    if (action === undefined && !(sig === SIGINT && exitsOnInt)) return false;
    if (!sh.pendingSignals.includes(sig)) sh.pendingSignals.push(sig);
    return true;
  };
  port.receiver = receiver;
  return () => {
    if (port.receiver === receiver) port.receiver = undefined;
  };
}

/** What a pending signal does now: run a trap action, exit with a status, or nothing. */
export type SignalAction = { kind: 'trap'; action: string } | { kind: 'exit'; status: number } | { kind: 'none' };

export function pendingAction(sh: Shell, sig: number, exitsOnInt: boolean): SignalAction {
  const name = trapNameOf(sig);
  const action = name === undefined ? undefined : sh.traps.get(name);
  if (action !== undefined) return action === '' ? { kind: 'none' } : { kind: 'trap', action };
  if (sig === SIGINT && exitsOnInt) return { kind: 'exit', status: 128 + sig };
  return { kind: 'none' };
}
