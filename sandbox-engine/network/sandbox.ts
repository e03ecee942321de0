/**
 * A container's networking across its start and stop, in the steps moby v28.5.2 takes
 * (daemon/start.go containerStart, container_operations.go):
 *
 * 1. `initializeSandbox` (initializeNetworking, before the OCI runtime runs): for
 *    `--network container:<x>`, find the running container whose namespace is joined (and take
 *    its hostname); otherwise create the libnetwork sandbox (a random ID; its key is the netns
 *    path, `/var/run/docker/netns/default` for the host's namespace).
 * 2. `allocateNetwork` (initializeCreatedTask → allocateNetwork → connectToNetwork, after runc
 *    created the task, so a missing program fails first): find the network the mode names and
 *    create the container's endpoint on it: an ID, and on the bridge the lowest free address,
 *    a veth pair and a random MAC. A network that does not exist fails the start with
 *    `failed to set up container networking: network <x> not found` (start_linux.go:32,
 *    container_operations.go:41, libnetwork/error.go:12).
 * 3. `releaseNetwork` (when the container stops, or a start fails after step 1): the endpoints
 *    are deleted, addresses go back to the pool, the sandbox ID and key are cleared and each
 *    network's operational data is reset (cleanOperationalData); NetworkID stays.
 *
 * The files dockerd writes for the namespace are made here too: /etc/hosts with the container's
 * address (etchosts.ts), /etc/resolv.conf (resolvconf.ts), and what /sys/class/net shows
 * (`interfacesOf`).
 */
import type { Container } from '../container/container.ts';
import type { Daemon } from '../daemon/daemon.ts';
import { conflict, DaemonError, system } from '../errdefs/errors.ts';
import { stateString } from '../container/state.ts';
import { containerEth0, loopback, networkController, type NetworkController } from './controller.ts';
import { parseNetworkMode } from './mode.ts';
import type { ContainerNetworkState, EndpointSettingsState, NetInterface } from './types.ts';
import { DEFAULT_HOSTS, hostsFile } from './etchosts.ts';
import { resolvConf, type ResolvConfFile } from './resolvconf.ts';

/** container_operations.go:41 errSetupNetworking. */
const SETUP_NETWORKING = 'failed to set up container networking';

export function emptyEndpointSettings(): EndpointSettingsState {
  return { networkID: '', endpointID: '', gateway: '', ipAddress: '', ipPrefixLen: 0, macAddress: '' };
}

/** The settings a container has before its first start (updateContainerNetworkSettings at create). */
function initialSettings(c: Container): ContainerNetworkState {
  const mode = parseNetworkMode(c.hostConfig.NetworkMode);
  const networks: Record<string, EndpointSettingsState> = {};
  if (mode.kind !== 'container') networks[mode.name] = emptyEndpointSettings();
  return { sandboxID: '', sandboxKey: '', networks, ports: [] };
}

/** The container's network.Settings as inspect shows them (initial ones before a first start). */
export function networkSettingsOf(d: Daemon, c: Container): ContainerNetworkState {
  return networkController(d).settingsOf(c.id) ?? initialSettings(c);
}

/** The container whose namespace a `container:` mode container joined at its last start. */
export function joinedContainer(d: Daemon, c: Container): Container | undefined {
  const id = networkController(d).settingsOf(c.id)?.joined;
  if (!id) return undefined;
  return d.containers.all().find((x) => x.id === id);
}

/**
 * getNetworkedContainer (container_operations.go:899): the running container `ref` names.
 * Texts: `joining network namespace of container: No such container: x`, `cannot join own
 * network namespace`, `cannot join network namespace of a non running container: container x is
 * exited`.
 */
function networkedContainer(d: Daemon, self: Container, ref: string): Container {
  let nc: Container;
  try {
    nc = d.containers.get(ref);
  } catch (e) {
    if (e instanceof DaemonError && e.kind === 'NotFound') throw system(`joining network namespace of container: ${e.message}`);
    throw e;
  }
  if (nc.id === self.id) throw system('cannot join own network namespace');
  if (!nc.state.running) {
    throw conflict(`cannot join network namespace of a non running container: container ${nc.name.replace(/^\//, '')} is ${stateString(nc.state)}`);
  }
  if (nc.state.restarting) throw system(`cannot join network namespace of container: Container ${ref} is restarting, wait until the container is running`);
  return nc;
}

/** Step 1 (see the header). Throws the daemon's error for a container: mode that cannot be joined. */
export function initializeSandbox(d: Daemon, c: Container): void {
  const nc = networkController(d);
  const mode = parseNetworkMode(c.hostConfig.NetworkMode);
  const prev = nc.settingsOf(c.id) ?? initialSettings(c);
  if (mode.kind === 'container') {
    const other = networkedContainer(d, c, mode.container);
    c.config.Hostname = other.config.Hostname;
    c.config.Domainname = other.config.Domainname;
    nc.setSettings(c.id, { ...prev, sandboxID: '', sandboxKey: '', networks: {}, ports: [], joined: other.id });
    return;
  }
  // libnetwork controller.go NewSandbox: stringid.GenerateRandomID; the key is the netns path.
  const sandboxID = nc.newID();
  const sandboxKey = mode.kind === 'host' ? '/var/run/docker/netns/default' : `/var/run/docker/netns/${sandboxID.slice(0, 12)}`;
  const next: ContainerNetworkState = { ...prev, sandboxID, sandboxKey };
  delete next.joined;
  nc.setSettings(c.id, next);
}

/** Step 2 (see the header). */
export function allocateNetwork(d: Daemon, c: Container): void {
  const nc = networkController(d);
  const mode = parseNetworkMode(c.hostConfig.NetworkMode);
  if (mode.kind === 'container') return;
  const settings = nc.settingsOf(c.id);
  if (!settings) return;
  let n;
  try {
    n = nc.find(mode.name);
  } catch (e) {
    if (e instanceof DaemonError) throw new DaemonError(e.kind, `${SETUP_NETWORKING}: ${e.message}`);
    throw e;
  }
  const ep = nc.createEndpoint(n, c.id);
  const networks = { ...settings.networks };
  // connectToNetwork stores the endpoint under the network's name (a user-given ID prefix is replaced).
  if (mode.name !== n.name) delete networks[mode.name];
  networks[n.name] = {
    networkID: n.id,
    endpointID: ep.id,
    gateway: ep.gateway,
    ipAddress: ep.ipAddress,
    ipPrefixLen: ep.ipPrefixLen,
    macAddress: ep.macAddress,
  };
  // Only the bridge driver reports exposed ports (getEndpointPortMapInfo reads its DriverInfo).
  const ports = n.driver === 'bridge' ? Object.keys(c.config.ExposedPorts ?? {}).sort() : [];
  nc.setSettings(c.id, { ...settings, networks, ports });
}

/** Step 3 (see the header): also right for a container that never got past step 1. */
export function releaseNetwork(d: Daemon, c: Container): void {
  const nc = networkController(d);
  for (const ep of nc.endpointsOf(c.id)) nc.deleteEndpoint(ep);
  const settings = nc.settingsOf(c.id);
  if (!settings || settings.joined) return;
  const networks: Record<string, EndpointSettingsState> = {};
  for (const [name, s] of Object.entries(settings.networks)) networks[name] = { ...emptyEndpointSettings(), networkID: s.networkID };
  nc.setSettings(c.id, { ...settings, sandboxID: '', sandboxKey: '', networks, ports: [] });
}

/** The interfaces the container's namespace has while it runs (what /sys/class/net lists). */
export function interfacesOf(d: Daemon, c: Container): NetInterface[] {
  const nc = networkController(d);
  const mode = parseNetworkMode(c.hostConfig.NetworkMode);
  if (mode.kind === 'host') return nc.hostInterfaces();
  const owner = mode.kind === 'container' ? joinedContainer(d, c) : c;
  if (!owner) return [loopback()];
  if (parseNetworkMode(owner.hostConfig.NetworkMode).kind === 'host') return nc.hostInterfaces();
  const out = [loopback()];
  for (const ep of nc.endpointsOf(owner.id)) if (ep.macAddress) out.push(containerEth0(ep));
  return out;
}

export interface NamespaceFiles {
  hosts: string;
  resolv: ResolvConfFile;
}

/**
 * /etc/hosts and /etc/resolv.conf for a container started in `mode` (not container mode, which
 * uses the joined container's files): the host's own hosts file for `--network host`.
 */
export function namespaceFiles(d: Daemon, c: Container, hostHosts: string, hostResolv: string): NamespaceFiles {
  const nc: NetworkController = networkController(d);
  const mode = parseNetworkMode(c.hostConfig.NetworkMode);
  if (mode.kind === 'host') return { hosts: hostHosts, resolv: resolvConf(hostResolv, false) };
  const addrs = nc.endpointsOf(c.id).flatMap((ep) => (ep.ipAddress ? [ep.ipAddress] : []));
  return { hosts: addrs.length > 0 ? hostsFile(addrs, c.config.Hostname, c.config.Domainname) : DEFAULT_HOSTS, resolv: resolvConf(hostResolv, true) };
}
