/**
 * Whether a process in a container can reach a package mirror. The simulator has no network
 * stack: the mirrors are the offline index shipped in pkg/, reachable unless the container was
 * started without a network (`docker run --network none`, `RUN --network=none`).
 *
 * The signal is what such a container really shows: /sys/class/net holds only `lo` (the
 * runtime fills /sys/class/net with the namespace's interfaces: runtime/rootfs.ts). A container
 * whose /sys/class/net lists another interface (eth0 on the bridge, the host's with
 * `--network host`), or a file system without /sys/class/net (the host itself), is online.
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
