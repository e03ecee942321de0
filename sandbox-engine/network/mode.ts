/**
 * A container's HostConfig.NetworkMode read as moby's container.NetworkMode methods do
 * (api/types/container/hostconfig.go, hostconfig_unix.go): `default` and `bridge` mean the default
 * bridge, `host` and `none` the predefined networks, `container:<name|id>` another container's
 * namespace, anything else a user-defined network named by name or ID.
 */
export type ModeKind = 'bridge' | 'host' | 'none' | 'container' | 'user';

export interface NetworkModeInfo {
  kind: ModeKind;
  /** NetworkName(): the network the container's endpoint is on ('container' for container mode). */
  name: string;
  /** ConnectedContainer(): the name or ID after `container:`. */
  container: string;
}

export function parseNetworkMode(mode: string): NetworkModeInfo {
  if (mode === '' || mode === 'default' || mode === 'bridge') return { kind: 'bridge', name: 'bridge', container: '' };
  if (mode === 'host') return { kind: 'host', name: 'host', container: '' };
  if (mode === 'none') return { kind: 'none', name: 'none', container: '' };
  // IsContainer: the part before the first ':' is "container".
  const i = mode.indexOf(':');
  if (i >= 0 && mode.slice(0, i) === 'container') return { kind: 'container', name: 'container', container: mode.slice(i + 1) };
  return { kind: 'user', name: mode, container: '' };
}
