/**
 * Loading on demand (build.ts): IDs, configs and sizes need no file list; trees do, and come only
 * after loadImage. Its own file, so that nothing here has been loaded by another test first.
 */
import { describe, expect, it } from 'vitest';
import { LayerStore } from '../layer/layer-store.ts';
import { VirtualClock } from '../util/clock.ts';
import { SeededRandom } from '../util/random.ts';
import { alpine, busybox, isLoaded, loadImage, materialize, nginxAlpine, registerImageLayers, ubuntu } from './index.ts';

describe('catalog data loaded on demand', () => {
  it('materialize needs no file list: IDs, digests, config and sizes are there at once', () => {
    for (const image of [alpine, busybox, ubuntu, nginxAlpine]) {
      expect(isLoaded(image)).toBe(false);
      const m = materialize(image);
      expect(m.id).toMatch(/^sha256:[0-9a-f]{64}$/);
      expect(m.size).toBe(image.targetSize);
      expect(isLoaded(image)).toBe(false);
    }
  });

  it('a tree before loadImage is an error that says what to do; after it, the tree is there', async () => {
    const m = materialize(busybox);
    expect(() => m.layers[0].tree).toThrow(/busybox-1\.37\.0-glibc is not loaded \(await loadImage/);
    const store = new LayerStore({ clock: new VirtualClock(), random: new SeededRandom(1) });
    expect(() => registerImageLayers(store, m)).toThrow(/not loaded/);
    expect(store.layers()).toHaveLength(0);
    await loadImage(busybox);
    expect(isLoaded(busybox)).toBe(true);
    expect(m.layers[0].tree.lstat('/bin/busybox')?.kind).toBe('file');
    expect(registerImageLayers(store, m).map((l) => l.chainID)).toEqual(m.chainIDs);
  });

  it('loading nginx:alpine loads the alpine layer it shares, once, even when asked twice at a time', async () => {
    await Promise.all([loadImage(nginxAlpine), loadImage(nginxAlpine)]);
    expect(isLoaded(alpine)).toBe(true);
    expect(materialize(nginxAlpine).layers[0].tree).toBe(materialize(alpine).layers[0].tree);
    expect(isLoaded(ubuntu)).toBe(false);
  });
});
