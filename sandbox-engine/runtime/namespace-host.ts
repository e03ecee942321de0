/**
 * What a container's processes see: the host's kernel (process table, clock, randomness, kernel
 * release) through the container's own namespaces: a mount namespace (a Vfs whose root is the
 * container's overlay), a UTS namespace (its hostname) and a PID namespace (PIDs from 1). It
 * implements `Host`, so the same shell and applets run inside containers as on the host.
 *
 * Lifecycle: the daemon builds one per container start (runtime/rootfs.ts prepares the Vfs), runs
 * the main process on it, and drops it when the container stops.
 */
import type { Applet, Flavour, HostServices, ProcessInfo, ProcessTable, UnameInfo } from '../shell/process.ts';
import type { Cred } from '../vfs/types.ts';
import { ROOT } from '../vfs/types.ts';
import type { FsView, Vfs } from '../vfs/vfs.ts';
import type { Host, UserEntry } from '../host/types.ts';
import type { SimHost } from '../host/host.ts';
import { credOf, findUser } from '../host/users.ts';
import { appletFor } from '../host/exec.ts';
import type { Clock } from '../util/clock.ts';

export interface NamespaceHostOptions {
  kernel: SimHost;
  vfs: Vfs;
  hostname: string;
  flavour: Flavour;
  /** PID namespace id (> 0). */
  pidns: number;
  /**
   * The clock processes see. Detached containers get a passive one (their `sleep` waits for time
   * to be driven); attached runs drive time like the host's foreground.
   */
  clock?: Clock;
}

export class NamespaceHost implements Host {
  readonly flavour: Flavour;
  readonly services: HostServices;
  readonly vfs: Vfs;
  readonly pidns: number;
  private readonly kernel: SimHost;
  private hostnameValue: string;
  private nextNsPid = 1;

  constructor(o: NamespaceHostOptions) {
    this.kernel = o.kernel;
    this.vfs = o.vfs;
    this.flavour = o.flavour;
    this.pidns = o.pidns;
    this.hostnameValue = o.hostname;
    const self = this;
    const processes: ProcessTable = {
      list: () => o.kernel.processes.list(),
      get: (pid) => o.kernel.processes.get(pid),
      kill: (pid, sig) => {
        // The namespace's init cannot be killed from inside its namespace: SIGKILL and SIGSTOP
        // sent to it by its own processes are dropped (pid_namespaces(7)); other signals reach it
        // and are ignored unless it handles them.
        const target = o.kernel.processes.get(pid);
        if (target && target.pidns === self.pidns && target.nspid === 1 && (sig === 9 || sig === 19)) return true;
        return o.kernel.processes.kill(pid, sig);
      },
    };
    this.services = {
      clock: o.clock ?? o.kernel.clock,
      random: o.kernel.random,
      processes,
      hostname: () => self.hostnameValue,
      setHostname: (name: string) => {
        self.hostnameValue = name;
      },
      uname: (): UnameInfo => ({ ...o.kernel.uname(), nodename: self.hostnameValue }),
    };
  }

  hostname(): string {
    return this.hostnameValue;
  }

  fs(cred: Cred, cwd = '/'): FsView {
    return this.vfs.view(cred, cwd);
  }

  user(nameOrUid: string | number): UserEntry | undefined {
    return findUser(this.vfs.view(ROOT), nameOrUid);
  }

  credOf(nameOrUid: string | number): Cred | undefined {
    return credOf(this.vfs.view(ROOT), nameOrUid);
  }

  appletFor(path: string, argv0: string): Applet | undefined {
    return appletFor(this.vfs.view(ROOT), path, argv0);
  }

  spawn(info: { ppid: number; uid: number; argv: string[]; tty?: string }): number {
    const p: ProcessInfo = this.kernel.processes.add({
      ppid: info.ppid,
      uid: info.uid,
      argv: [...info.argv],
      tty: info.tty ?? '?',
      startTime: this.kernel.clock.now(),
      state: 'R',
      pidns: this.pidns,
      nspid: this.nextNsPid++,
    });
    return p.pid;
  }

  exit(pid: number): void {
    this.kernel.processes.remove(pid);
  }

  /** Host PIDs of the processes in this namespace, oldest first. */
  pids(): number[] {
    return this.kernel.processes.list().filter((p) => p.pidns === this.pidns).map((p) => p.pid);
  }

  serialize(): unknown {
    // A container's namespaces are rebuilt from the daemon's state on restore.
    return { pidns: this.pidns, hostname: this.hostnameValue, nextNsPid: this.nextNsPid };
  }
}
