/**
 * The daemon's network controller (moby v28.5.2 libnetwork.Controller with the bridge, host and
 * null drivers and the default IPAM): the predefined networks, the endpoints of running
 * containers, and each container's network settings.
 *
 * Lifecycle. `networkController(d)` returns the daemon's controller, creating the predefined
 * networks the first time, as dockerd's configureNetworking (daemon/daemon_unix.go:872) does at
 * startup: `none` (null driver), `host`, then the default `bridge` on docker0 with 172.17.0.0/16,
 * gateway 172.17.0.1 (the first of the default address pools; daemon_unix.go initBridgeDriver).
 * daemon/install.ts-created daemons get theirs when installed (network/install.ts), so IDs are
 * drawn at the same point of the seeded stream whatever the first command is.
 *
 * Every ID, MAC and veth name is drawn, in libnetwork's order, from the controller's own seeded
 * stream: network ID, then (bridge) the docker0 MAC; at a container's start the sandbox ID; per
 * endpoint its ID, the host-side veth name, the MAC (bridge_linux.go:1189 GenerateRandomMAC:
 * Engine 28 no longer derives it from the IP as 20.10's 02:42:ac:11:00:xx did). The stream is
 * seeded from the engine ID (itself from the host's seeded source), so a seed still gives the
 * same networks, addresses and MACs, while the IDs, names and build-cache IDs the rest of the
 * engine draws from the host's stream stay what they were before networks existed.
 *
 * The state is plain data (types.ts) saved by daemon/state.ts. Example:
 *   const nc = networkController(d);
 *   nc.find('bridge').subnet          // '172.17.0.0/16'
 */
import type { Daemon } from '../daemon/daemon.ts';
import { invalidParameter, notFound, unavailable } from '../errdefs/errors.ts';
import { Ipv4Pool } from './ipam.ts';
import type { ContainerNetworkState, EndpointRecord, NetInterface, NetworkRecord, NetworkState } from './types.ts';
import { SeededRandom, type Random } from '../util/random.ts';

/** stringid.GenerateRandomID: 64 hex, drawn again when the short ID would read as a number. */
function randomID(random: Random): string {
  for (;;) {
    const id = random.hex(32);
    if (!/^[0-9]+$/.test(id.slice(0, 12))) return id;
  }
}

/** daemon/config: the default bridge's device name and MTU (bridge.DefaultBridgeName, DefaultNetworkMtu). */
export const BRIDGE_NAME = 'docker0';
export const DEFAULT_MTU = 1500;
/** The first of the default address pools (libnetwork/ipamutils), the default bridge's subnet. */
export const BRIDGE_SUBNET = '172.17.0.0/16';
export const BRIDGE_GATEWAY = '172.17.0.1';
/** The host's own NIC: a VM on a user-mode network (10.0.2.15, DNS 10.0.2.3 as in its /etc/resolv.conf), QEMU's default MAC. */
export const HOST_ETH0_MAC = '52:54:00:12:34:56';

/** netutils.GenerateRandomMAC: random bytes, unicast, locally administered. */
export function randomMac(bytes: Uint8Array): string {
  const hw = [...bytes.slice(0, 6)];
  hw[0] = (hw[0] & 0xfe) | 0x02;
  return hw.map((b) => b.toString(16).padStart(2, '0')).join(':');
}

/** daemon_unix.go initBridgeDriver's options (MTU 1500, ip-masq and icc on, --ip 0.0.0.0). */
function bridgeOptions(): Record<string, string> {
  return {
    'com.docker.network.bridge.default_bridge': 'true',
    'com.docker.network.bridge.enable_icc': 'true',
    'com.docker.network.bridge.enable_ip_masquerade': 'true',
    'com.docker.network.bridge.host_binding_ipv4': '0.0.0.0',
    'com.docker.network.bridge.name': BRIDGE_NAME,
    'com.docker.network.driver.mtu': String(DEFAULT_MTU),
  };
}

export class NetworkController {
  private readonly d: Daemon;
  private readonly state: NetworkState;
  private readonly pools = new Map<string, Ipv4Pool>();
  private readonly random: SeededRandom;

  private constructor(d: Daemon, state: NetworkState) {
    this.d = d;
    this.state = state;
    this.random = SeededRandom.restore(state.random);
    for (const n of state.networks) {
      if (!n.subnet) continue;
      const pool = Ipv4Pool.parse(n.subnet);
      if (n.gateway) pool.take(n.gateway);
      this.pools.set(n.id, pool);
    }
    for (const ep of state.endpoints) if (ep.ipAddress) this.pools.get(ep.networkID)?.take(ep.ipAddress);
  }

  /** A fresh engine's networks: none, host, bridge (configureNetworking's order). */
  static create(d: Daemon): NetworkController {
    const now = d.now();
    const random = new SeededRandom(parseInt(d.engineID.replace(/-/g, '').slice(0, 8), 16));
    const newID = () => randomID(random);
    const none: NetworkRecord = { id: newID(), name: 'none', driver: 'null', created: now, options: {} };
    const host: NetworkRecord = { id: newID(), name: 'host', driver: 'host', created: now, options: {} };
    const bridge: NetworkRecord = {
      id: newID(),
      name: 'bridge',
      driver: 'bridge',
      created: now,
      subnet: BRIDGE_SUBNET,
      gateway: BRIDGE_GATEWAY,
      options: bridgeOptions(),
    };
    const bridgeMac = randomMac(random.bytes(6));
    // ifindex 1-3: the host's lo, eth0 and docker0.
    return new NetworkController(d, { networks: [none, host, bridge], endpoints: [], containers: {}, bridgeMac, nextIfindex: 4, random: random.state() });
  }

  static restore(d: Daemon, state: NetworkState): NetworkController {
    return new NetworkController(d, structuredClone(state));
  }

  snapshot(): NetworkState {
    const s = structuredClone({ ...this.state, random: this.random.state() });
    // Settings of removed containers go with them (container.go's NetworkSettings is part of the container).
    for (const id of Object.keys(s.containers)) if (!this.d.containers.all().some((c) => c.id === id)) delete s.containers[id];
    return s;
  }

  networks(): readonly NetworkRecord[] {
    return this.state.networks;
  }

  byID(id: string): NetworkRecord | undefined {
    return this.state.networks.find((n) => n.id === id);
  }

  /**
   * daemon/network.go FindNetwork: a full ID, else a unique full name, else a unique ID prefix.
   * Not found: libnetwork.ErrNoSuchNetwork, `network <term> not found` (libnetwork/error.go:12).
   */
  find(term: string): NetworkRecord {
    const all = this.state.networks;
    const exact = all.find((n) => n.id === term);
    if (exact) return exact;
    const byName = all.filter((n) => n.name === term);
    const byPrefix = all.filter((n) => n.id.startsWith(term));
    if (byName.length === 1) return byName[0];
    if (byName.length > 1) throw invalidParameter(`network ${term} is ambiguous (${byName.length} matches found on name)`);
    if (byPrefix.length === 1) return byPrefix[0];
    if (byPrefix.length > 1) throw invalidParameter(`network ${term} is ambiguous (${byPrefix.length} matches found based on ID prefix)`);
    throw notFound(`network ${term} not found`);
  }

  /** The endpoints on a network, in the order they were made. */
  endpointsOn(networkID: string): EndpointRecord[] {
    return this.state.endpoints.filter((e) => e.networkID === networkID);
  }

  endpointsOf(containerID: string): EndpointRecord[] {
    return this.state.endpoints.filter((e) => e.containerID === containerID);
  }

  settingsOf(containerID: string): ContainerNetworkState | undefined {
    return this.state.containers[containerID];
  }

  setSettings(containerID: string, s: ContainerNetworkState): void {
    this.state.containers[containerID] = s;
  }

  get bridgeMac(): string {
    return this.state.bridgeMac;
  }

  /** stringid.GenerateRandomID from the controller's stream (sandbox IDs). */
  newID(): string {
    return randomID(this.random);
  }

  /**
   * A new endpoint for a container on `n` (Network.CreateEndpoint): its ID, and on a bridge an
   * address (the lowest free one), a veth pair and a MAC. Throws when the subnet is full.
   */
  createEndpoint(n: NetworkRecord, containerID: string): EndpointRecord {
    const ep: EndpointRecord = { id: this.newID(), networkID: n.id, containerID, macAddress: '', ipAddress: '', ipPrefixLen: 0, gateway: '', veth: '', ifindex: 0, vethIfindex: 0 };
    if (n.driver === 'bridge') {
      const pool = this.pools.get(n.id);
      const ip = pool?.allocate() ?? null;
      // ipamapi.ErrNoAvailableIPs (libnetwork/ipamapi/contract.go:32); a /16 holds 65534 containers,
      // so the wrapping endpoint.go adds around it is not modelled.
      if (!pool || ip === null) throw unavailable('no available addresses on this pool');
      ep.ipAddress = ip;
      ep.ipPrefixLen = pool.prefixLen;
      ep.gateway = n.gateway ?? '';
      // netutils.GenerateIfaceName("veth", 11): "veth" + 7 hex characters.
      ep.veth = `veth${this.random.hex(4).slice(0, 7)}`;
      ep.macAddress = randomMac(this.random.bytes(6));
      ep.ifindex = this.state.nextIfindex++;
      ep.vethIfindex = this.state.nextIfindex++;
    }
    this.state.endpoints.push(ep);
    return ep;
  }

  /** Endpoint.Delete: its address goes back to the pool. */
  deleteEndpoint(ep: EndpointRecord): void {
    this.state.endpoints = this.state.endpoints.filter((e) => e !== ep && e.id !== ep.id);
    if (ep.ipAddress) this.pools.get(ep.networkID)?.release(ep.ipAddress);
  }

  /** The host's interfaces (what `--network host` containers see): lo, eth0, docker0 and each running bridge endpoint's veth. */
  hostInterfaces(): NetInterface[] {
    const bridgeUp = this.state.endpoints.some((e) => e.veth !== '');
    const out: NetInterface[] = [
      loopback(),
      { name: 'eth0', address: HOST_ETH0_MAC, mtu: DEFAULT_MTU, operstate: 'up', ifindex: 2, iflink: 2, type: 1 },
      // A bridge without ports has no carrier: operstate down until a container is attached.
      { name: BRIDGE_NAME, address: this.state.bridgeMac, mtu: DEFAULT_MTU, operstate: bridgeUp ? 'up' : 'down', ifindex: 3, iflink: 3, type: 1 },
    ];
    for (const e of this.state.endpoints) {
      if (!e.veth) continue;
      // The host side's own MAC is the kernel's random one; it is not modelled apart from the container's.
      out.push({ name: e.veth, address: e.macAddress, mtu: DEFAULT_MTU, operstate: 'up', ifindex: e.vethIfindex, iflink: e.ifindex, type: 1 });
    }
    return out;
  }
}

/** Every network namespace has a loopback interface, ifindex 1. */
export function loopback(): NetInterface {
  return { name: 'lo', address: '00:00:00:00:00:00', mtu: 65536, operstate: 'unknown', ifindex: 1, iflink: 1, type: 772 };
}

/** A bridge endpoint as its container sees it: eth0, linked to the host's veth. */
export function containerEth0(ep: EndpointRecord): NetInterface {
  return { name: 'eth0', address: ep.macAddress, mtu: DEFAULT_MTU, operstate: 'up', ifindex: ep.ifindex, iflink: ep.vethIfindex, type: 1 };
}

const controllers = new WeakMap<Daemon, NetworkController>();

/** The daemon's controller; the predefined networks are made on first use. */
export function networkController(d: Daemon): NetworkController {
  let nc = controllers.get(d);
  if (!nc) {
    nc = NetworkController.create(d);
    controllers.set(d, nc);
  }
  return nc;
}

/** daemon/state.ts: a restored daemon's controller (or a fresh one for a save from before networks). */
export function restoreNetworkController(d: Daemon, state: NetworkState | undefined): NetworkController {
  const nc = state ? NetworkController.restore(d, state) : NetworkController.create(d);
  controllers.set(d, nc);
  return nc;
}
