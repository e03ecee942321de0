/**
 * The simulated NFS network behind `docker volume create --driver local --opt type=nfs
 * --opt o=addr=<ip>,rw --opt device=:/export/path NAME` (moby v28.5.2 volume/local/local_unix.go:
 * getMountOptions resolves a non-IPv4 `addr=` through the resolver, then mount(2) with type
 * "nfs" does the rest in the kernel).
 *
 * The network, fixed and documented for the course:
 *
 * - The host runs an NFS server of its own (as with nfs-kernel-server installed): it answers at
 *   the host's address 10.0.2.15 (the usual address of a VM on a user-mode network, whose
 *   gateway is 10.0.2.2 and DNS 10.0.2.3, see /etc/resolv.conf) and on loopback (127.0.0.0/8, so
 *   `localhost` and the host's own name from /etc/hosts work too).
 * - It exports /srv/nfs and everything below it (as if /etc/exports said
 *   `/srv/nfs *(rw,sync,no_subtree_check,no_root_squash)`), plus every path listed in the host's
 *   /etc/exports (an `(ro)` export is mounted read-only). Exports live on the host's disk, so what
 *   a container writes through an NFS volume stays in /srv/nfs/... after every container and the
 *   volume itself are removed.
 * - Names in `addr=` resolve through the host's /etc/hosts only; any other name fails as Go's
 *   resolver does: `lookup <name> on 10.0.2.3:53: no such host`.
 *
 * What mount(2) answers (errno texts as Go prints them):
 * - no `addr=` (the kernel gets no server address), or a device without `host:/path`: invalid argument;
 * - 10.0.2.2 and 10.0.2.3 (gateway, DNS: up, but no NFS service): connection refused;
 * - other 10.0.2.x addresses (nobody answers ARP on the local network): no route to host;
 * - any other address (the packets go out the gateway and are never answered): connection timed out;
 * - a path the server does not export: permission denied (mountd refuses access);
 * - an exported path that does not exist: no such file or directory; not a directory: not a directory.
 */
import type { SimHost } from '../../host/host.ts';
import { ROOT } from '../../vfs/types.ts';
import { isFsError } from '../../vfs/errors.ts';
import { isWithin, normalize } from '../../vfs/path.ts';
import { goErrnoText } from '../go-errno.ts';

export const NFS_SERVER_ADDR = '10.0.2.15';
export const NFS_EXPORT_ROOT = '/srv/nfs';
const REFUSING = new Set(['10.0.2.2', '10.0.2.3']);

/** A failed NFS mount: `text` is the errno text; `resolve` marks a name-lookup failure. */
export class NfsError extends Error {
  readonly resolve: boolean;
  constructor(text: string, resolve = false) {
    super(text);
    this.resolve = resolve;
  }
}

/** getAddress: the value of `addr=` in the options string. */
export function nfsAddress(opts: string): string {
  for (const o of opts.split(',')) if (o.startsWith('addr=')) return o.slice(5);
  return '';
}

const isIPv4 = (s: string) => /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/.test(s) && s.split('.').every((p) => Number(p) <= 255);

function readText(host: SimHost, path: string): string {
  try {
    return host.fs(ROOT).readText(path);
  } catch {
    return '';
  }
}

/** net.ResolveIPAddr with only the `files` source (/etc/hosts). */
export function resolveName(host: SimHost, name: string): string {
  for (const line of readText(host, '/etc/hosts').split('\n')) {
    const fields = line.replace(/#.*/, '').trim().split(/\s+/);
    if (fields.length < 2 || !isIPv4(fields[0])) continue;
    if (fields.slice(1).some((n) => n.toLowerCase() === name.toLowerCase())) return fields[0];
  }
  const ns = /^\s*nameserver\s+(\S+)/m.exec(readText(host, '/etc/resolv.conf'))?.[1] ?? '127.0.0.1';
  throw new NfsError(`lookup ${name} on ${ns}:53: no such host`, true);
}

/** getMountOptions for nfs: a host name in `addr=` becomes its address. Returns the options. */
export function resolveNfsOptions(host: SimHost, opts: string): string {
  const addr = nfsAddress(opts);
  if (addr === '' || isIPv4(addr)) return opts;
  return opts.replace(`addr=${addr}`, `addr=${resolveName(host, addr)}`);
}

/** The exports: /srv/nfs (read-write) and /etc/exports' paths. */
function exportsOf(host: SimHost): Array<{ path: string; readOnly: boolean }> {
  const out = [{ path: NFS_EXPORT_ROOT, readOnly: false }];
  for (const line of readText(host, '/etc/exports').split('\n')) {
    const fields = line.replace(/#.*/, '').trim().split(/\s+/);
    if (fields[0] === undefined || !fields[0].startsWith('/')) continue;
    const readOnly = fields.slice(1).some((f) => /\((?:[^)]*,)?ro(?:,[^)]*)?\)/.test(f));
    out.push({ path: normalize(fields[0]), readOnly });
  }
  return out;
}

/**
 * The kernel's NFS mount, as far as the server goes: the host directory to mount for `device`
 * with the (already resolved) options, or an NfsError.
 */
export function nfsMountSource(host: SimHost, device: string, opts: string): { path: string; readOnly: boolean } {
  const addr = nfsAddress(opts);
  const colon = device.indexOf(':');
  if (addr === '' || colon < 0) throw new NfsError('invalid argument');
  const path = device.slice(colon + 1);
  if (!path.startsWith('/')) throw new NfsError('invalid argument');
  if (!isIPv4(addr)) throw new NfsError('network is unreachable');
  const onHost = addr === NFS_SERVER_ADDR || addr.startsWith('127.');
  if (!onHost) {
    if (REFUSING.has(addr)) throw new NfsError('connection refused');
    if (addr.startsWith('10.0.2.')) throw new NfsError('no route to host');
    throw new NfsError('connection timed out');
  }
  const wanted = normalize(path);
  const exp = exportsOf(host).find((e) => wanted === e.path || isWithin(wanted, e.path));
  if (!exp) throw new NfsError(goErrnoText('EACCES'));
  const fs = host.fs(ROOT);
  try {
    const real = fs.realpath(wanted);
    if (fs.stat(real).kind !== 'dir') throw new NfsError(goErrnoText('ENOTDIR'));
    return { path: real, readOnly: exp.readOnly };
  } catch (e) {
    if (isFsError(e)) throw new NfsError(goErrnoText(e.code));
    throw e;
  }
}
