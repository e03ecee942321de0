/** The live processes of running containers, by container ID (not part of serialized state). */
import type { ContainerProcess } from '../runtime/container-process.ts';
import type { Freezer } from '../runtime/freezer.ts';
import type { NamespaceHost } from '../runtime/namespace-host.ts';
import type { ContainerStdin } from '../runtime/stdin.ts';
import type { OutputStream } from '../shell/process.ts';

/** A container's stdout or stderr: recorded in its log and copied to every attached client. */
export interface ContainerOutput extends OutputStream {
  flush(): void;
  /** A client attaches (`docker attach`, `start -a`): it gets what the container writes from now on. */
  attach(client: OutputStream): void;
  detach(client: OutputStream): void;
}

export interface RunningContainer {
  proc: ContainerProcess;
  /** Host PID of containerd-shim-runc-v2 for this container. */
  shim: number;
  stdout: ContainerOutput;
  stderr: ContainerOutput;
  /** The container's namespaces: `docker exec` starts its processes there. */
  ns: NamespaceHost;
  /** The cgroup freezer (`docker pause`). */
  freezer: Freezer;
  stdin: ContainerStdin;
  /** Processes started by `docker exec`; they die with the container. */
  execs: Set<ContainerProcess>;
}

/** Live containers of one daemon (each Daemon keeps its own map: two hosts in one realm never meet). */
export type RunningMap = Map<string, RunningContainer>;
