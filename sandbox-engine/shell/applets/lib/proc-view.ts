/**
 * The process table as one process sees it through its PID namespace, as /proc shows it: the host
 * (namespace 0) sees every process under its host PID; a process in a container's namespace sees
 * only that namespace's processes, numbered by their PID inside it (nspid), with a parent outside
 * the namespace shown as 0. ps and kill go through this so `docker exec c ps` shows PID 1.
 *
 * Example: a container whose init is host PID 2041 (nspid 1):
 *   view from the host:      pid 2041, ppid 2030 (containerd-shim)
 *   view from the container: pid 1, ppid 0
 */
import type { ProcessContext, ProcessInfo } from '../../process.ts';

export interface ShownProcess {
  /** The process's own record (host numbering). */
  info: ProcessInfo;
  /** PID and PPID as the viewer sees them. */
  pid: number;
  ppid: number;
}

export class ProcView {
  readonly ns: number;
  readonly self: ProcessInfo | undefined;
  private readonly ctx: ProcessContext;

  constructor(ctx: ProcessContext) {
    this.ctx = ctx;
    this.self = ctx.host.processes.get(ctx.pid);
    this.ns = this.self?.pidns ?? 0;
  }

  private visible(p: ProcessInfo): boolean {
    return this.ns === 0 || p.pidns === this.ns;
  }

  private shown(p: ProcessInfo): ShownProcess {
    if (this.ns === 0) return { info: p, pid: p.pid, ppid: p.ppid };
    const parent = this.ctx.host.processes.get(p.ppid);
    const ppid = parent !== undefined && parent.pidns === this.ns ? parent.nspid : 0;
    return { info: p, pid: p.nspid, ppid };
  }

  /** Every visible process, by the PID the viewer sees. */
  list(): ShownProcess[] {
    return this.ctx.host.processes
      .list()
      .filter((p) => this.visible(p))
      .map((p) => this.shown(p))
      .sort((a, b) => a.pid - b.pid);
  }

  /** The process the viewer calls `pid`, if it can see one. */
  find(pid: number): ShownProcess | undefined {
    if (this.ns === 0) {
      const p = this.ctx.host.processes.get(pid);
      return p ? this.shown(p) : undefined;
    }
    return this.list().find((s) => s.pid === pid);
  }

  /** The viewer itself, numbered as it sees itself. */
  me(): ShownProcess | undefined {
    return this.self ? this.shown(this.self) : undefined;
  }
}

/** Linux's kill permission for an unprivileged sender: same user (root may signal anyone). */
export function maySignal(senderUid: number, target: ProcessInfo): boolean {
  return senderUid === 0 || senderUid === target.uid;
}
