/** The live processes of running containers, by container ID (not part of serialized state). */
import type { ContainerProcess } from '../runtime/container-process.ts';
import type { OutputStream } from '../shell/process.ts';

export interface RunningContainer {
  proc: ContainerProcess;
  /** Host PID of containerd-shim-runc-v2 for this container. */
  shim: number;
  stdout: OutputStream & { flush(): void };
  stderr: OutputStream & { flush(): void };
}

export const running = new Map<string, RunningContainer>();
