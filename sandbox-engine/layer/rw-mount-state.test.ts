/**
 * A container layer mounted at the save (created with -w, copied into, exported) stays mounted
 * after a restore with the same device and the same shared whiteout, so what follows the restore
 * is what would have followed the save (daemon/state.ts relies on it for replay).
 */
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../util/clock.ts';
import { SeededRandom } from '../util/random.ts';
import { ROOT } from '../vfs/types.ts';
import { Vfs } from '../vfs/vfs.ts';
import { LayerStore, type LayerStoreState } from './layer-store.ts';
import { setupInitLayer } from './init-layer.ts';
import { buildTree } from './testing.ts';

function store() {
  const clock = new VirtualClock(Date.UTC(2026, 0, 1));
  const s = new LayerStore({ clock, random: new SeededRandom(4) });
  const tree = buildTree(clock, { '/a': { file: 'a' }, '/b': { file: 'b' }, '/c': { file: 'c' }, '/etc/motd': { file: 'hi' } });
  const base = s.register(tree, null);
  return { clock, s, base };
}

const reload = (s: LayerStore, clock: VirtualClock) =>
  LayerStore.restore(JSON.parse(JSON.stringify(s.snapshot())) as LayerStoreState, { clock, random: new SeededRandom(4) });

describe('a mounted container layer across snapshot and restore', () => {
  it('keeps its device, and the next mount gets the next device on both sides', () => {
    const { clock, s, base } = store();
    const mounted = s.createRWLayer('m', base, setupInitLayer);
    const dev = mounted.mount().dev;
    s.createRWLayer('u', base, setupInitLayer);
    const back = reload(s, clock);
    expect(back.getRWLayer('m')!.isMounted()).toBe(true);
    expect(back.getRWLayer('m')!.mount().dev).toBe(dev);
    expect(back.getRWLayer('u')!.isMounted()).toBe(false);
    expect(back.getRWLayer('u')!.mount().dev).toBe(s.getRWLayer('u')!.mount().dev);
  });

  it('goes on sharing one whiteout inode between deletions', () => {
    const { clock, s, base } = store();
    const rw = s.createRWLayer('m', base, setupInitLayer);
    new Vfs(rw.mount()).view(ROOT).unlink('/a');
    new Vfs(rw.mount()).view(ROOT).unlink('/b');
    const back = reload(s, clock).getRWLayer('m')!;
    for (const layer of [rw, back]) new Vfs(layer.mount()).view(ROOT).unlink('/c');
    const links = (l: typeof rw) => ['/a', '/b', '/c'].map((p) => [l.upper.lstat(p)!.ino, l.upper.lstat(p)!.nlink]);
    expect(links(back)).toEqual(links(rw));
    // The kernel's overlayfs links all three to one whiteout, which its work directory holds too
    // while mounted: nlink 4 (graphdriver/overlay.ts).
    expect(links(back).map(([, n]) => n)).toEqual([4, 4, 4]);
  });

  it('an unmounted layer saves no mount', () => {
    const { s, base } = store();
    s.createRWLayer('u', base, setupInitLayer);
    expect(s.snapshot().rw[0]).not.toHaveProperty('mounted');
  });
});
