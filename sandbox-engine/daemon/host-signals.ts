/**
 * Signals sent to a container's processes from outside docker (`sudo kill -9 <pid>` on the host,
 * or `kill` inside the container): the kernel delivers them to the process, and when PID 1 of the
 * container dies, the container stops. PID 1 ignores signals it has no handler for, except SIGKILL
 * (runtime/container-process.ts); processes started by `docker exec` do not get that protection.
 * Other processes of a container (the children its shell starts) are not reachable this way.
 */
import type { HostProcessTable } from '../host/processes.ts';
import type { Daemon } from './daemon.ts';

const routed = new WeakSet<HostProcessTable>();

/** Make the host's process table deliver signals to container processes (once per host). */
export function routeHostSignals(d: Daemon): void {
  const table = d.host.processes;
  if (routed.has(table)) return;
  routed.add(table);
  const previous = table.onSignal;
  table.onSignal = (pid, sig) => {
    previous?.(pid, sig);
    for (const r of d.running.values()) {
      if (r.proc.pid === pid) {
        r.proc.signal(sig);
        return;
      }
      for (const p of r.execs) {
        if (p.pid === pid) {
          p.signal(sig, false);
          return;
        }
      }
    }
  };
}
