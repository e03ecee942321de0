/**
 * Properties of the overlay against a plain file system as the model:
 * - after any sequence of operations, the merged view equals the same operations applied to a
 *   copy of the image (file kinds, modes, owners, sizes, contents, link targets, file mtimes),
 *   except that renaming a lower directory fails with EXDEV (then the model skips it too);
 * - `docker diff` of the container equals changesDirs of the model before and after;
 * - committing the upper layer and running the new image gives back the same merged view.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../util/clock.ts';
import { SeededRandom } from '../util/random.ts';
import { isFsError } from '../vfs/errors.ts';
import { ROOT, type FileSystem } from '../vfs/types.ts';
import { Vfs } from '../vfs/vfs.ts';
import type { MemFs } from '../vfs/memfs.ts';
import { changeString, changesDirs } from '../archive/changes.ts';
import { freezeCopy } from '../layer/freeze.ts';
import { LayerStore } from '../layer/layer-store.ts';
import { buildTree, type NodeSpec } from '../layer/testing.ts';

const T0 = Date.UTC(2026, 0, 5, 9, 0, 0);
const image: Record<string, NodeSpec> = {
  '/etc/motd': { file: 'Welcome\n' },
  '/etc/passwd': { file: 'root:x:0:0::/root:/bin/sh\n' },
  '/etc/sub/a': { file: 'a\n' },
  '/etc/sub/deep/f': { file: 'deep\n' },
  '/home': { dir: 0o755 },
  '/tmp': { dir: 0o1777 },
  '/bin/sh': { symlink: 'busybox' },
  '/bin/busybox': { size: 5000, mode: 0o755 },
};

// Mostly paths of the image (so operations hit lower objects), some new ones.
const pathArb = fc.constantFrom(
  '/etc', '/etc/motd', '/etc/passwd', '/etc/sub', '/etc/sub/a', '/etc/sub/deep', '/etc/sub/deep/f', '/home', '/tmp',
  '/bin/sh', '/bin/busybox', '/tmp/a', '/tmp/b', '/etc/b', '/etc/sub/b', '/home/a', '/n', '/n/a', '/etc/sub/deep/g',
);

type Op =
  | { op: 'write'; p: string; data: string; append: boolean }
  | { op: 'truncate'; p: string; size: number }
  | { op: 'unlink'; p: string }
  | { op: 'mkdir'; p: string }
  | { op: 'rmdir'; p: string }
  | { op: 'rename'; p: string; q: string }
  | { op: 'chmod'; p: string; mode: number }
  | { op: 'chown'; p: string; uid: number }
  | { op: 'link'; p: string; q: string }
  | { op: 'symlink'; p: string; target: string };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ op: fc.constant('write' as const), p: pathArb, data: fc.string({ maxLength: 6 }), append: fc.boolean() }),
  fc.record({ op: fc.constant('truncate' as const), p: pathArb, size: fc.integer({ min: 0, max: 8 }) }),
  fc.record({ op: fc.constant('unlink' as const), p: pathArb }),
  fc.record({ op: fc.constant('mkdir' as const), p: pathArb }),
  fc.record({ op: fc.constant('rmdir' as const), p: pathArb }),
  fc.record({ op: fc.constant('rename' as const), p: pathArb, q: pathArb }),
  fc.record({ op: fc.constant('chmod' as const), p: pathArb, mode: fc.constantFrom(0o600, 0o755, 0o4755) }),
  fc.record({ op: fc.constant('chown' as const), p: pathArb, uid: fc.constantFrom(0, 1000) }),
  fc.record({ op: fc.constant('link' as const), p: pathArb, q: pathArb }),
  fc.record({ op: fc.constant('symlink' as const), p: pathArb, target: fc.constantFrom('a', '/etc/motd', '../x') }),
);

function apply(fs: FileSystem, o: Op): string {
  try {
    switch (o.op) {
      case 'write':
        fs.writeFile(o.p, o.data, { append: o.append });
        break;
      case 'truncate':
        fs.truncate(o.p, o.size);
        break;
      case 'unlink':
        fs.unlink(o.p);
        break;
      case 'mkdir':
        fs.mkdir(o.p);
        break;
      case 'rmdir':
        fs.rmdir(o.p);
        break;
      case 'rename':
        fs.rename(o.p, o.q);
        break;
      case 'chmod':
        fs.chmod(o.p, o.mode);
        break;
      case 'chown':
        fs.chown(o.p, o.uid, o.uid, false);
        break;
      case 'link':
        fs.link(o.p, o.q);
        break;
      case 'symlink':
        fs.symlink(o.target, o.p);
        break;
    }
    return 'ok';
  } catch (e) {
    if (isFsError(e)) return e.code;
    throw e;
  }
}

/** Everything a user can see of a tree but directory times and link counts. */
function snapshot(fs: FileSystem, withTimes = true): string[] {
  const out: string[] = [];
  const walk = (dir: string): void => {
    for (const n of fs.readdir(dir)) {
      const p = dir === '/' ? `/${n}` : `${dir}/${n}`;
      const st = fs.lstat(p);
      let line = `${p} ${st.kind} ${st.mode.toString(8)} ${st.uid}:${st.gid}`;
      if (st.kind === 'file') line += ` ${st.size} ${JSON.stringify(fs.readText(p))}${withTimes ? ` @${st.mtime}` : ''}`;
      if (st.kind === 'symlink') line += ` -> ${fs.readlink(p)}`;
      out.push(line);
      if (st.kind === 'dir') walk(p);
    }
  };
  walk('/');
  return out;
}

function world() {
  const clock = new VirtualClock(T0);
  const store = new LayerStore({ clock, random: new SeededRandom(1) });
  const base = store.register(buildTree(clock, image, { mtime: T0 }), null);
  const rw = store.createRWLayer('c', base, null);
  const model: MemFs = buildTree(clock, image, { mtime: T0 });
  const before = freezeCopy(model, { clock, dev: 1 });
  return { clock, store, base, rw, model, before };
}

describe('overlay against a plain file system', () => {
  it('same visible tree, same docker diff, and commit round-trips', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 30 }), (ops) => {
        const { clock, store, base, rw, model, before } = world();
        const ov = new Vfs(rw.mount()).view(ROOT, '/', 0o022);
        const md = new Vfs(model).view(ROOT, '/', 0o022);
        for (const o of ops) {
          clock.advance(1500);
          const got = apply(ov, o);
          if (got === 'EXDEV') continue; // a lower directory: `mv` would copy instead
          expect(`${o.op} ${got}`).toBe(`${o.op} ${apply(md, o)}`);
        }
        expect(snapshot(ov)).toEqual(snapshot(md));
        expect(rw.changes().map(changeString)).toEqual(changesDirs(model, before).map(changeString));

        const committed = store.registerTar(rw.tarStream(), base);
        const run = store.createRWLayer('again', committed, null);
        expect(snapshot(new Vfs(run.mount()).view(ROOT), false)).toEqual(snapshot(ov, false));
      }),
      { numRuns: 200, seed: 20260105 },
    );
  });
});
