/**
 * The network state a simulated dockerd keeps (libnetwork's controller, networks, endpoints and
 * sandboxes, and the per-container network.Settings of moby's daemon/network/settings.go), as
 * plain JSON data so that daemon/state.ts can save it as it is.
 */

/** libnetwork driver names: the default networks use these three. */
export type NetworkDriver = 'bridge' | 'host' | 'null';

/** One network (libnetwork.Network), as `docker network inspect` describes it. */
export interface NetworkRecord {
  /** 64 hex characters (stringid.GenerateRandomID in libnetwork controller.NewNetwork). */
  id: string;
  name: string;
  driver: NetworkDriver;
  /** Virtual-clock milliseconds. */
  created: number;
  /** IPv4 subnet in CIDR form and its gateway: bridge networks only (host and null have no IPAM). */
  subnet?: string;
  gateway?: string;
  /** The driver options (DriverOptions()); empty for host and null. */
  options: Record<string, string>;
}

/** A network interface a container (or the host) shows in /sys/class/net. */
export interface NetInterface {
  name: string;
  /** MAC address, lower-case colon form. */
  address: string;
  mtu: number;
  /** /sys/class/net/<if>/operstate: `up`, `down` or `unknown` (lo). */
  operstate: string;
  ifindex: number;
  iflink: number;
  /** ARPHRD type: 1 ethernet, 772 loopback. */
  type: number;
}

/** An endpoint: a running container's attachment to one network (libnetwork.Endpoint). */
export interface EndpointRecord {
  /** 64 hex characters (libnetwork network.go CreateEndpoint). */
  id: string;
  networkID: string;
  containerID: string;
  /** bridge only: the container's eth0 and its address; '' otherwise. */
  macAddress: string;
  ipAddress: string;
  ipPrefixLen: number;
  gateway: string;
  /** bridge only: the host side of the veth pair (`veth` + 7 hex) and both interface indexes. */
  veth: string;
  ifindex: number;
  vethIfindex: number;
}

/**
 * EndpointSettings of one network in a container's NetworkSettings.Networks: NetworkID stays once
 * the container has been connected; the operational fields are cleared when it stops
 * (container_operations.go cleanOperationalData).
 */
export interface EndpointSettingsState {
  networkID: string;
  endpointID: string;
  gateway: string;
  ipAddress: string;
  ipPrefixLen: number;
  macAddress: string;
}

/** A container's network.Settings, from its first start on. */
export interface ContainerNetworkState {
  /** The libnetwork sandbox while the container runs ('' after it stopped). */
  sandboxID: string;
  sandboxKey: string;
  /** By network name. */
  networks: Record<string, EndpointSettingsState>;
  /** Exposed ports the bridge endpoint reports while running (`80/tcp`), sorted as nat.SortPortMap. */
  ports: string[];
  /**
   * `--network container:<id>`: the container whose namespace (and hostname, hosts and
   * resolv.conf files) it joined at its last start.
   */
  joined?: string;
}

/** What daemon/state.ts saves. */
export interface NetworkState {
  networks: NetworkRecord[];
  endpoints: EndpointRecord[];
  containers: Record<string, ContainerNetworkState>;
  /** MAC address of the host's docker0 (random, bridge driver setupDevice). */
  bridgeMac: string;
  nextIfindex: number;
  /** State of the controller's own seeded stream (controller.ts: why it has one). */
  random: number;
}
