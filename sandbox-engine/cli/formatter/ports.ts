/**
 * docker/cli v28.5.2 cli/command/formatter/container.go DisplayablePorts: the PORTS column of
 * `docker ps` and `{{.Ports}}`. Ports are sorted (comparePorts: private port, IP, public port,
 * protocol); unpublished ports of one protocol (and published ones whose host port equals the
 * container port, per host IP) are grouped into runs of consecutive numbers (`5000-5002/udp`);
 * other published ports come last as `IP:public->private/proto`.
 *
 *   displayablePorts([{ PrivatePort: 80, Type: 'tcp' }])   // '80/tcp'
 */

/** api/types/container.Port. */
export interface ApiPort {
  IP?: string;
  PrivatePort: number;
  PublicPort?: number;
  Type: string;
}

/** net.JoinHostPort: an IPv6 host goes in brackets. */
function joinHostPort(host: string, port: string): string {
  return host.includes(':') ? `[${host}]:${port}` : `${host}:${port}`;
}

function compare(a: ApiPort, b: ApiPort): number {
  if (a.PrivatePort !== b.PrivatePort) return a.PrivatePort - b.PrivatePort;
  const ai = a.IP ?? '';
  const bi = b.IP ?? '';
  if (ai !== bi) return ai < bi ? -1 : 1;
  const ap = a.PublicPort ?? 0;
  const bp = b.PublicPort ?? 0;
  if (ap !== bp) return ap - bp;
  return a.Type < b.Type ? -1 : a.Type > b.Type ? 1 : 0;
}

/** formGroup: `key` is `proto` or `ip/proto`. */
function formGroup(key: string, first: number, last: number): string {
  const parts = key.split('/');
  let type = parts[0];
  let ip = '';
  if (parts.length > 1) {
    ip = parts[0];
    type = parts[1];
  }
  let group = String(first);
  if (first !== last) group = `${group}-${last}`;
  if (ip !== '') group = `${joinHostPort(ip, group)}->${group}`;
  return `${group}/${type}`;
}

export function displayablePorts(ports: readonly ApiPort[]): string {
  const groups = new Map<string, { first: number; last: number }>();
  const result: string[] = [];
  const hostMappings: string[] = [];
  // sort.Slice is not stable, but equal ports print the same.
  for (const port of [...ports].sort(compare)) {
    const current = port.PrivatePort;
    let key = port.Type;
    const ip = port.IP ?? '';
    if (ip !== '') {
      const pub = port.PublicPort ?? 0;
      if (pub !== current) {
        hostMappings.push(`${joinHostPort(ip, String(pub))}->${port.PrivatePort}/${port.Type}`);
        continue;
      }
      key = `${ip}/${port.Type}`;
    }
    const group = groups.get(key);
    if (!group) {
      // Map insertion order is groupMapKeys' order (first appearance of the key).
      groups.set(key, { first: current, last: current });
      continue;
    }
    if (current === group.last + 1) {
      group.last = current;
      continue;
    }
    result.push(formGroup(key, group.first, group.last));
    group.first = current;
    group.last = current;
  }
  for (const [key, g] of groups) result.push(formGroup(key, g.first, g.last));
  return [...result, ...hostMappings].join(', ');
}
