/**
 * Whether a process in a container can reach a package mirror. The simulator has no network
 * stack: the mirrors are the offline index shipped in pkg/, reachable unless the container was
 * started without a network (`docker run --network none`, `RUN --network=none`).
 *
 * The signal is what such a container really shows: /sys/class/net holds only `lo`. A container
 * whose /sys/class/net lists another interface (eth0), or that has no /sys/class/net at all (the
 * runtime does not model networks yet), is online.
 *
 * TODO(lead): when `--network none` is wired, the runtime should create /sys/class/net/lo only
 * (and /sys/class/net/eth0 + lo for bridge networks) in the container's /sys.
 */
import type { FileSystem } from '../vfs/types.ts';

export function networkUp(fs: FileSystem): boolean {
  let names: string[];
  try {
    names = fs.readdir('/sys/class/net');
  } catch {
    return true;
  }
  return names.some((n) => n !== 'lo');
}
