/**
 * `docker rmi -f` of an image a stopped container uses deletes the image, but its layers stay
 * while the container holds them; `docker rm` of that container then frees them, directories
 * included. Recorded on the reference engine (20.10, overlay2; moby v28.5.2 behaves the same:
 * layer/layer_store.go releaseMountedLayer → releaseLayer deletes the parent chain at refcount 0):
 *
 *   docker run --name proptest-c1 proptest-img:v2 true   # overlay2/ has 32 entries
 *   docker rmi -f proptest-img:v2                         # Untagged, Deleted: sha256:…; still 32
 *   docker rm proptest-c1                                 # 29: the container's two dirs and the image layer
 *
 * (Found by property.test.ts: the simulator released the layer but left overlay2/<cache-id>, its
 * link, its layerdb entry and its mount behind.)
 */
import { describe, expect, it } from 'vitest';
import { createHost } from '../../sandbox-engine/host/host.ts';
import { DOCKER_SOCKET } from '../../sandbox-engine/daemon/install.ts';
import type { Daemon } from '../../sandbox-engine/daemon/daemon.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';
import { runAll, shellOn } from './state-fixture.ts';

const DR = '/var/lib/docker';

describe('docker rm after docker rmi -f of its image', () => {
  it('frees the image layers the container held alone, on disk too', async () => {
    const host = createHost({ seed: 3 });
    const d = host.listeners.get(DOCKER_SOCKET) as Daemon;
    const sh = shellOn(host);
    await runAll(sh, ['docker pull -q busybox', 'docker run --name c1 busybox true']);
    const [layer] = d.layers.layers();
    const fs = host.fs(ROOT);
    const paths = [`overlay2/${layer.cacheID}`, `overlay2/l/${layer.link}`, `image/overlay2/layerdb/sha256/${layer.chainID.slice(7)}`];

    const rmi = await sh.run('docker rmi -f busybox');
    expect(rmi.stdout).toMatch(/^Untagged: busybox:latest\nUntagged: busybox@sha256:[0-9a-f]{64}\nDeleted: sha256:[0-9a-f]{64}\n$/);
    expect(d.images.all()).toEqual([]);
    // The container still holds the layer: it stays, on disk and mounted.
    expect(d.layers.layers()).toEqual([layer]);
    for (const p of paths) expect(fs.exists(`${DR}/${p}`), p).toBe(true);

    await runAll(sh, ['docker rm c1']);
    expect(d.layers.layers()).toEqual([]);
    for (const p of paths) expect(fs.exists(`${DR}/${p}`), p).toBe(false);
    expect(fs.readdir(`${DR}/overlay2`)).toEqual(['l']);
    expect(fs.readdir(`${DR}/overlay2/l`)).toEqual([]);
    expect(host.vfs.mountTable().filter((m) => m.target.startsWith(`${DR}/`))).toEqual([]);
  });
});
