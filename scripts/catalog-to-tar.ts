/**
 * Writes the image catalog (sandbox-engine/catalog) as tar files, so the real Docker engine
 * (reference-docker.md) can run the very trees the simulator serves when scenarios are recorded.
 *
 * Usage (Node 24 runs .ts directly):
 *   node_modules/.bin/node scripts/catalog-to-tar.ts [--out DIR] [IMAGE...]
 *     IMAGE: alpine, busybox, ubuntu, nginx (default: all); DIR defaults to /tmp/catalog-tars.
 *
 * For each image it writes DIR/<image>/layer-<n>.tar (the layer tars whose sha256 are the
 * simulator's DiffIDs) and DIR/<image>/rootfs.tar: the layers applied in order into one tree, with
 * Debian's real /bin/busybox (package busybox-static) in place of the ELF stub for alpine, busybox
 * and nginx:alpine, so `sh`, `ls` and friends run. Other executables stay stubs (ubuntu's bash and
 * coreutils cannot run; list its files with an alpine container instead). Then:
 *
 *   export DOCKER_HOST=unix:///tmp/refdocker/docker.sock
 *   docker import -c 'CMD ["/bin/sh"]' /tmp/catalog-tars/alpine/rootfs.tar catalogsim/alpine:3.20
 *   docker run --rm catalogsim/alpine:3.20 ls /
 *   docker run --rm catalogsim/alpine:3.20 ls -l /etc
 *
 * rootfs.tar differs from the simulator's merged view only in /bin/busybox's content and size.
 *
 * DIR/<image>/image.tar is the image itself in `docker save` form (our config bytes and layer
 * tars, tagged catalogsim/<repo>:<tag>): `docker load -i` it and the real engine shows the
 * simulator's image ID, DiffIDs, history and size (its executables are stubs, so do not run it).
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { alpine, busybox, nginxAlpine, ubuntu, type CatalogImage } from '../sandbox-engine/catalog/index.ts';
import { buildLayerTree, frozenClock } from '../sandbox-engine/catalog/tree.ts';
import { layerTar, unpackLayer } from '../sandbox-engine/archive/diff.ts';
import { writeTar } from '../sandbox-engine/archive/tar.ts';
import { hexOf } from '../sandbox-engine/layer/digest.ts';
import { materialize } from '../sandbox-engine/catalog/build.ts';
import { MemFs } from '../sandbox-engine/vfs/memfs.ts';

const IMAGES: Record<string, CatalogImage> = { alpine, busybox, ubuntu, nginx: nginxAlpine };
const REAL_BUSYBOX = '/bin/busybox';

async function main(argv: string[]): Promise<void> {
  let out = '/tmp/catalog-tars';
  const names: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--out') out = argv[++i];
    else if (IMAGES[argv[i]]) names.push(argv[i]);
    else throw new Error(`unknown argument ${argv[i]} (images: ${Object.keys(IMAGES).join(', ')})`);
  }
  for (const name of names.length ? names : Object.keys(IMAGES)) {
    const image = IMAGES[name];
    const dir = join(out, name);
    mkdirSync(dir, { recursive: true });
    const merged = new MemFs({ clock: frozenClock(0), dev: 0x801 });
    const tars: Uint8Array[] = [];
    for (const [i, layer] of image.layers.entries()) {
      const tar = layerTar(buildLayerTree(await layer.spec()));
      writeFileSync(join(dir, `layer-${i + 1}.tar`), tar);
      tars.push(tar);
      unpackLayer(tar, merged);
    }
    writeFileSync(join(dir, 'image.tar'), saveTar(image, tars));
    const bb = merged.lstat('/bin/busybox');
    if (bb && bb.kind === 'file' && name !== 'ubuntu') {
      const { mtime } = bb;
      merged.write('/bin/busybox', new Uint8Array(readFileSync(REAL_BUSYBOX)), 0, true);
      merged.setattr('/bin/busybox', { mtime, atime: mtime });
    }
    const rootfs = layerTar(merged, { whiteouts: 'none' });
    writeFileSync(join(dir, 'rootfs.tar'), rootfs);
    console.log(`${dir}: ${image.layers.length} layer tar(s), rootfs.tar ${rootfs.length} bytes`);
  }
}

/** `docker save` layout: <config hex>.json, <diffID hex>/layer.tar, manifest.json. */
function saveTar(image: CatalogImage, tars: Uint8Array[]): Uint8Array {
  const m = materialize(image);
  const repo = image.repository.replace(/^library\//, '');
  const configName = `${hexOf(m.id)}.json`;
  const layerNames = m.diffIDs.map((d) => `${hexOf(d)}/layer.tar`);
  const manifest = JSON.stringify([{ Config: configName, RepoTags: [`catalogsim/${repo}:${image.tags[0]}`], Layers: layerNames }]);
  const entries: Array<{ header: { name: string; type: 'file' | 'dir' }; body?: Uint8Array }> = [];
  const seen = new Set<string>();
  tars.forEach((t, i) => {
    if (seen.has(layerNames[i])) return;
    seen.add(layerNames[i]);
    entries.push({ header: { name: `${hexOf(m.diffIDs[i])}/`, type: 'dir' } }, { header: { name: layerNames[i], type: 'file' }, body: t });
  });
  entries.push({ header: { name: configName, type: 'file' }, body: m.configBytes });
  entries.push({ header: { name: 'manifest.json', type: 'file' }, body: new TextEncoder().encode(manifest) });
  return writeTar(entries);
}

await main(process.argv.slice(2));
