/**
 * The network namespace of a BuildKit RUN step under dockerd (moby v28.5.2
 * builder/builder-next/executor_linux.go newExecutor): NetMode_UNSET (`default`) uses the
 * `bridgeProvider`, which creates a libnetwork sandbox with an endpoint on the default bridge for
 * the step, released when it ends; `none` has only loopback; `host` the host's interfaces.
 * `docker build --network` sets the mode of every RUN (dockerui `force-network-mode`, convert.go
 * `d.state.Network`), and `RUN --network=none|host` overrides it for that step
 * (dockerfile2llb/convert_runnetwork.go; `default` inherits).
 */
import type { Daemon } from '../daemon/daemon.ts';
import { containerEth0, loopback, networkController } from './controller.ts';
import type { NetInterface } from './types.ts';

export type BuildNetworkMode = 'default' | 'none' | 'host';

export interface StepNetwork {
  interfaces: NetInterface[];
  release(): void;
}

/** The step's interfaces; `release` gives its bridge address back. */
export function stepNetwork(d: Daemon, stepID: string, mode: BuildNetworkMode): StepNetwork {
  const nc = networkController(d);
  if (mode === 'none') return { interfaces: [loopback()], release: () => {} };
  if (mode === 'host') return { interfaces: nc.hostInterfaces(), release: () => {} };
  const ep = nc.createEndpoint(nc.find('bridge'), stepID);
  return { interfaces: [loopback(), containerEth0(ep)], release: () => nc.deleteEndpoint(ep) };
}

/** The effective mode of a RUN step: its own `--network`, else the build's. */
export function runNetworkMode(run: BuildNetworkMode, build: BuildNetworkMode | undefined): BuildNetworkMode {
  return run === 'default' ? (build ?? 'default') : run;
}
