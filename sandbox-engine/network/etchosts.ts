/**
 * A container's /etc/hosts (moby v28.5.2 libnetwork/etchosts/etchosts.go Build, and
 * sandbox_dns_unix.go buildHostsFile / makeHostsRecs): `127.0.0.1 localhost`, the IPv6 defaults,
 * then one line per address of the container's interfaces naming its hostname (the FQDN first
 * and the bare name after it when the name has a dot). Records are `<ip>\t<names>`.
 *
 * The IPv6 defaults stay because a container's loopback has `::1` on a Debian 12 host with IPv6
 * enabled (sandbox_linux.go IPv6Enabled looks at lo; BuildNoIPv6 is for containers without IPv6).
 * With `--network host` the host's own /etc/hosts is copied as it is (buildHostsFile,
 * useDefaultSandBox without extra hosts). Recorded from 20.10 with a bridge:
 *
 *   $ docker run --rm alpine cat /etc/hosts
 *   127.0.0.1	localhost
 *   ::1	localhost ip6-localhost ip6-loopback
 *   fe00::0	ip6-localnet
 *   ff00::0	ip6-mcastprefix
 *   ff02::1	ip6-allnodes
 *   ff02::2	ip6-allrouters
 *   172.17.0.2	9c455be06f42
 *
 * Engine 28 differs in two lines, see DEFAULT_HOSTS.
 */

/**
 * The default records. Since moby 80e4631998 (in v28.0.0) they are netip.Addr values written with
 * %s (etchosts.go:24,33-37), and netip prints fe00:: and ff00:: without the `0` that 20.10-27
 * wrote from their string literals ("fe00::0").
 */
export const DEFAULT_HOSTS =
  '127.0.0.1\tlocalhost\n::1\tlocalhost ip6-localhost ip6-loopback\nfe00::\tip6-localnet\nff00::\tip6-mcastprefix\nff02::1\tip6-allnodes\nff02::2\tip6-allrouters\n';

/** makeHostsRecs: the names written for the container's own addresses. */
export function hostsNames(hostname: string, domainname: string): string {
  let hosts = hostname;
  if (domainname !== '') hosts += `.${domainname}`;
  const dot = hosts.indexOf('.');
  if (dot >= 0) hosts += ` ${hosts.slice(0, dot)}`;
  return hosts;
}

/** The hosts file of a container whose interfaces have `addrs` (none for `--network none`). */
export function hostsFile(addrs: readonly string[], hostname: string, domainname: string): string {
  const names = hostsNames(hostname, domainname);
  return DEFAULT_HOSTS + addrs.map((a) => `${a}\t${names}\n`).join('');
}
