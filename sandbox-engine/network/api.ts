/**
 * Network state as the Engine API (1.51) shows it, as Go values (api/gostruct.ts):
 *
 * - a container's NetworkSettings (moby v28.5.2 daemon/inspect.go:49-68,
 *   api/types/container/network_settings.go): the deprecated NetworkSettingsBase and
 *   DefaultNetworkSettings fields flattened in front (the latter copied from the `bridge`
 *   endpoint, getDefaultNetworkSettings), then Networks by name (api/types/network/endpoint.go
 *   EndpointSettings; DNSNames only on user-defined networks, so null here);
 * - a network (api/types/network/network.go Inspect, daemon/network.go buildNetworkResource):
 *   IPAM Config is the bridge's subnet and gateway and null for host and none (special drivers
 *   allocate no pools, buildIPAMResources leaves the slice nil), Containers its running
 *   endpoints by container ID (buildContainerAttachments), Created a time.Time.
 *
 * Recorded shapes (CLI 28.2.2 against a 20.10 daemon with a bridge; Engine 28 adds EnableIPv4,
 * the IPAM gateway and `null` Config for host/none, and random MACs, from the source above):
 *
 *   "Networks": { "bridge": { "IPAMConfig": null, "Links": null, "Aliases": null,
 *       "MacAddress": "02:42:ac:11:00:03", "DriverOpts": null, "GwPriority": 0,
 *       "NetworkID": "d810dd47…", "EndpointID": "bb03ed52…", "Gateway": "172.17.0.1",
 *       "IPAddress": "172.17.0.3", "IPPrefixLen": 16, "IPv6Gateway": "",
 *       "GlobalIPv6Address": "", "GlobalIPv6PrefixLen": 0, "DNSNames": null } }
 */
import type { Container } from '../container/container.ts';
import type { Daemon } from '../daemon/daemon.ts';
import { goStruct, NIL_MAP, NIL_SLICE, type GoStruct } from '../api/gostruct.ts';
import { rfc3339Nano } from '../util/time.ts';
import { goTimeString } from '../util/go-time.ts';
import { networkController } from './controller.ts';
import { networkSettingsOf } from './sandbox.ts';
import type { EndpointSettingsState, NetworkRecord } from './types.ts';

/** *network.EndpointSettings of one of the container's networks. */
export function endpointSettingsStruct(s: EndpointSettingsState): GoStruct {
  return goStruct('*network.EndpointSettings', [
    ['IPAMConfig', null],
    ['Links', NIL_SLICE],
    ['Aliases', NIL_SLICE],
    ['MacAddress', s.macAddress],
    ['DriverOpts', NIL_MAP],
    ['GwPriority', 0],
    ['NetworkID', s.networkID],
    ['EndpointID', s.endpointID],
    ['Gateway', s.gateway],
    ['IPAddress', s.ipAddress],
    ['IPPrefixLen', s.ipPrefixLen],
    ['IPv6Gateway', ''],
    ['GlobalIPv6Address', ''],
    ['GlobalIPv6PrefixLen', 0],
    ['DNSNames', NIL_SLICE],
  ]);
}

/** *container.NetworkSettings of a container (its settings from the network controller). */
export function containerNetworkSettingsStruct(d: Daemon, c: Container): GoStruct {
  const s = networkSettingsOf(d, c);
  const br = s.networks.bridge;
  // nat.PortMap: an exposed port without bindings maps to a nil slice (`"80/tcp": null`).
  const ports = new Map<string, unknown>(s.ports.map((p) => [p, NIL_SLICE]));
  return goStruct('*container.NetworkSettings', [
    ['Bridge', ''],
    ['SandboxID', s.sandboxID],
    ['SandboxKey', s.sandboxKey],
    ['Ports', ports],
    ['HairpinMode', false],
    ['LinkLocalIPv6Address', ''],
    ['LinkLocalIPv6PrefixLen', 0],
    ['SecondaryIPAddresses', NIL_SLICE],
    ['SecondaryIPv6Addresses', NIL_SLICE],
    ['EndpointID', br?.endpointID ?? ''],
    ['Gateway', br?.gateway ?? ''],
    ['GlobalIPv6Address', ''],
    ['GlobalIPv6PrefixLen', 0],
    ['IPAddress', br?.ipAddress ?? ''],
    ['IPPrefixLen', br?.ipPrefixLen ?? 0],
    ['IPv6Gateway', ''],
    ['MacAddress', br?.macAddress ?? ''],
    ['Networks', new Map(Object.entries(s.networks).map(([name, e]) => [name, endpointSettingsStruct(e)]))],
  ]);
}

function ipamStruct(n: NetworkRecord): GoStruct {
  const config = n.subnet
    ? [goStruct('network.IPAMConfig', [
        ['Subnet', n.subnet, { omitempty: true }],
        ['IPRange', '', { omitempty: true }],
        ['Gateway', n.gateway ?? '', { omitempty: true }],
        ['AuxAddress', NIL_MAP, { json: 'AuxiliaryAddresses', omitempty: true }],
      ])]
    : NIL_SLICE;
  return goStruct('network.IPAM', [
    ['Driver', 'default'],
    ['Options', NIL_MAP],
    ['Config', config],
  ]);
}

/** network.EndpointResource of each running container on the network, by container ID. */
function containersOn(d: Daemon, n: NetworkRecord): Map<string, GoStruct> {
  const out = new Map<string, GoStruct>();
  for (const ep of networkController(d).endpointsOn(n.id)) {
    const c = d.containers.all().find((x) => x.id === ep.containerID);
    out.set(
      ep.containerID,
      goStruct('network.EndpointResource', [
        ['Name', c ? c.name.replace(/^\//, '') : ''],
        ['EndpointID', ep.id],
        ['MacAddress', ep.macAddress],
        ['IPv4Address', ep.ipAddress ? `${ep.ipAddress}/${ep.ipPrefixLen}` : ''],
        ['IPv6Address', ''],
      ]),
    );
  }
  return out;
}

/** network.Inspect (GET /networks/{id}); `detailed` fills Containers, as inspect does and list does not. */
export function networkInspectStruct(d: Daemon, n: NetworkRecord, detailed: boolean): GoStruct {
  return goStruct('network.Inspect', [
    ['Name', n.name],
    ['ID', n.id, { json: 'Id' }],
    ['Created', goTimeString(n.created), { wire: rfc3339Nano(n.created) }],
    ['Scope', 'local'],
    ['Driver', n.driver],
    ['EnableIPv4', true],
    ['EnableIPv6', false],
    ['IPAM', ipamStruct(n)],
    ['Internal', false],
    ['Attachable', false],
    ['Ingress', false],
    ['ConfigFrom', goStruct('network.ConfigReference', [['Network', '']])],
    ['ConfigOnly', false],
    ['Containers', detailed ? containersOn(d, n) : new Map()],
    ['Options', new Map(Object.entries(n.options).sort(([a], [b]) => (a < b ? -1 : 1)))],
    ['Labels', new Map()],
    ['Peers', NIL_SLICE, { omitempty: true }],
    ['Services', NIL_MAP, { omitempty: true }],
  ]);
}
