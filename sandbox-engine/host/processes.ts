/**
 * The host's process table. PIDs come from a counter, so they are the same on every replay. A
 * process lives in a PID namespace (0 = the host); containers will add namespaces whose processes
 * also have a PID inside (nspid), as a real kernel shows them.
 */
import type { ProcessInfo, ProcessTable } from '../shell/process.ts';

export interface ProcessTableState {
  next: number;
  procs: ProcessInfo[];
}

export class HostProcessTable implements ProcessTable {
  private procs = new Map<number, ProcessInfo>();
  private next: number;
  /** Called when a signal is delivered, so whoever runs the process (the shell, a container) can act. */
  onSignal: ((pid: number, signal: number) => void) | undefined;

  constructor(firstPid = 1) {
    this.next = firstPid;
  }

  add(p: Omit<ProcessInfo, 'pid' | 'nspid'> & { nspid?: number }): ProcessInfo {
    const pid = this.next++;
    const info: ProcessInfo = { ...p, pid, nspid: p.nspid ?? pid };
    this.procs.set(pid, info);
    return info;
  }

  remove(pid: number): void {
    this.procs.delete(pid);
  }

  list(): ProcessInfo[] {
    return [...this.procs.values()].sort((a, b) => a.pid - b.pid);
  }

  get(pid: number): ProcessInfo | undefined {
    return this.procs.get(pid);
  }

  kill(pid: number, signal: number): boolean {
    if (!this.procs.has(pid)) return false;
    this.onSignal?.(pid, signal);
    return true;
  }

  /** Skip ahead, as a booted machine has used many PIDs already. */
  reserve(until: number): void {
    if (this.next < until) this.next = until;
  }

  serialize(): ProcessTableState {
    return { next: this.next, procs: this.list().map((p) => ({ ...p, argv: [...p.argv] })) };
  }

  static restore(s: ProcessTableState): HostProcessTable {
    const t = new HostProcessTable(s.next);
    for (const p of s.procs) t.procs.set(p.pid, { ...p, argv: [...p.argv] });
    return t;
  }
}
