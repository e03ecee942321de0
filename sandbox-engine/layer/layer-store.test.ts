import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { VirtualClock } from '../util/clock.ts';
import { SeededRandom } from '../util/random.ts';
import { fromUtf8 } from '../util/text.ts';
import { ROOT, type FileSystem } from '../vfs/types.ts';
import { Vfs } from '../vfs/vfs.ts';
import { changeString } from '../archive/changes.ts';
import { readTar, writeTar } from '../archive/tar.ts';
import { layerTar } from '../archive/diff.ts';
import { DIGEST_EMPTY_TAR, chainID, createChainID, digestOf } from './digest.ts';
import { base32, generateLinkID, generateRandomID } from './ids.ts';
import { LayerStore, LayerStoreError } from './layer-store.ts';
import { setupInitLayer } from './init-layer.ts';
import { STORBB_TIME, buildTree, storbbSpec } from './testing.ts';
import { MemFs } from '../vfs/memfs.ts';

const d = (c: string): string => `sha256:${c.repeat(64)}`;

describe('DiffID and ChainID (docker-semantics §1.4 vectors)', () => {
  it('chains with the sha256: prefixes included', () => {
    expect(chainID([d('a')])).toBe(d('a'));
    expect(chainID([d('a'), d('b')])).toBe('sha256:ccd722928bd92476ba1745586fed6e45a102504185ad88cd89e01ff116fd146c');
    expect(chainID([d('a'), d('b'), d('c')])).toBe('sha256:c1377126441fb2f5ec2c21ae2a60255331d639e830f0ee1b40a36e52d4c40588');
    expect(createChainID(null, d('a'))).toBe(d('a'));
  });

  it('the empty layer tar digest', () => {
    expect(digestOf(new Uint8Array(1024))).toBe(DIGEST_EMPTY_TAR);
    expect(DIGEST_EMPTY_TAR).toBe('sha256:5f70bf18a086007016e948b04aed3b82103a36bea41755b6cddfaf10ace3c6ef');
  });

  it('the recorded reference layer: its ChainID on the recorded base layer', () => {
    // layerdb/sha256/7d3d686b…/{diff,parent} on the reference engine: this chain ID is the
    // directory name for diff sha256:550f88b1… on parent sha256:8432b841….
    const base = 'sha256:8432b841c47c8776c7509363c3134ca0412ef99be6e5275152233edfde17f717';
    const top = 'sha256:550f88b11ad0037539f84755042ccbef0bf25049e8850ca5933871fe69bf3752';
    expect(createChainID(base, top)).toBe('sha256:7d3d686b1156347c79456510c354327679ea73e18a7065b39bf995797c048739');
  });
});

describe('ids', () => {
  it('base32 is RFC 4648 with padding', () => {
    expect(base32(new TextEncoder().encode('foobar'))).toBe('MZXW6YTBOI======');
  });

  it('cache ids are 64 hex whose 12-character prefix is never all digits; links 26 base32', () => {
    const r = new SeededRandom(7);
    for (let i = 0; i < 50; i++) {
      const id = generateRandomID(r);
      expect(id).toMatch(/^[0-9a-f]{64}$/);
      expect(id.slice(0, 12)).not.toMatch(/^[0-9]+$/);
      expect(generateLinkID(r)).toMatch(/^[A-Z2-7]{26}$/);
    }
  });
});

function newStore(seed = 1) {
  const clock = new VirtualClock(STORBB_TIME + 1000);
  const store = new LayerStore({ clock, random: new SeededRandom(seed) });
  const tree = buildTree(clock, storbbSpec(), { mtime: STORBB_TIME });
  return { clock, store, tree };
}

describe('LayerStore', () => {
  it('registers a base layer: DiffID = sha256 of its tar, ChainID = DiffID, size = directory.Size', () => {
    const { store, tree } = newStore();
    const base = store.register(tree, null);
    expect(base.diffID).toBe(digestOf(layerTar(tree)));
    expect(base.chainID).toBe(base.diffID);
    expect(base.cacheID).toMatch(/^[0-9a-f]{64}$/);
    expect(base.link).toMatch(/^[A-Z2-7]{26}$/);
    expect(base.lower).toBe('');
    // layerdb size on the reference engine for this image: 1982413 = busybox 1982256 +
    // 16 symlinks of 7 bytes + motd 8 + passwd 30 + sub/a 2 + sub/deep/f 5.
    expect(base.size).toBe(1982413);
    expect(base.diff.readOnly).toBe(true);
    expect(base.diff.lstat('/etc/motd')!.dev).toBe(0x801);
  });

  it('shares a layer with the same ChainID instead of copying it, and counts references', () => {
    const { store, tree, clock } = newStore();
    const a = store.register(tree, null);
    const b = store.register(buildTree(clock, storbbSpec(), { mtime: STORBB_TIME }), null);
    expect(b).toBe(a);
    expect(a.refCount).toBe(2);
    expect(store.layers()).toHaveLength(1);
    const child = store.register(buildTree(clock, { '/app/x': { file: 'x\n', mtime: STORBB_TIME } }, { mtime: STORBB_TIME }), a);
    expect(child.chainID).toBe(createChainID(a.chainID, child.diffID));
    expect(child.lower).toBe(`l/${a.link}`);
    expect(a.committed).toBe(true);
    expect(a.refCount).toBe(3);
    expect(store.release(a)).toEqual([]);
    expect(store.release(a)).toEqual([]);
    expect(store.release(child).map((l) => l.chainID)).toEqual([child.chainID, a.chainID]);
    expect(store.layers()).toEqual([]);
    expect(() => store.release(a)).toThrow(LayerStoreError);
  });

  it('an empty diff is the empty tar and still a layer', () => {
    const { store, tree, clock } = newStore();
    const base = store.register(tree, null);
    const empty = store.register(new MemFs({ clock, dev: 0x801 }), base);
    expect(empty.diffID).toBe(DIGEST_EMPTY_TAR);
    expect(empty.size).toBe(0);
  });

  it('snapshot and restore keep layers, references and container layers', () => {
    const { store, tree, clock } = newStore();
    const base = store.register(tree, null);
    const rw = store.createRWLayer('c1', base, setupInitLayer);
    new Vfs(rw.mount()).view(ROOT).unlink('/etc/motd');
    const json = JSON.parse(JSON.stringify(store.snapshot()));
    const back = LayerStore.restore(json, { clock, random: new SeededRandom(9) });
    const b2 = back.lookup(base.chainID)!;
    expect(b2).toMatchObject({ diffID: base.diffID, cacheID: base.cacheID, link: base.link, size: base.size, refCount: 2, committed: true });
    const rw2 = back.getRWLayer('c1')!;
    expect(rw2.mountID).toBe(rw.mountID);
    expect(rw2.changes().map(changeString)).toEqual(['C /etc', 'D /etc/motd']);
    expect(digestOf(rw2.tarStream())).toBe(digestOf(rw.tarStream()));
    // New inode numbers and devices continue after the restored ones.
    expect(back.newDir().root.ino).toBe(store.newDir().root.ino);
  });

  it('the same seed gives the same ids', () => {
    const ids = (seed: number) => {
      const { store, tree } = newStore(seed);
      const l = store.register(tree, null);
      const rw = store.createRWLayer('c1', l, setupInitLayer);
      return [l.cacheID, l.link, rw.mountID, rw.init!.link, rw.link];
    };
    expect(ids(5)).toEqual(ids(5));
    expect(ids(5)).not.toEqual(ids(6));
  });
});

describe('container layers', () => {
  it('builds the -init layer as Docker does on this image', () => {
    // Recorded `find` of overlay2/<id>-init/diff for storbb (which has /dev, /proc and /sys):
    //   -rwxr-xr-x ./.dockerenv, drwxr-xr-x ./dev, -rwxr-xr-x ./dev/console, drwxr-xr-x ./dev/pts,
    //   drwxr-xr-x ./dev/shm, drwxr-xr-x ./etc, -rwxr-xr-x ./etc/hostname, -rwxr-xr-x ./etc/hosts,
    //   lrwxrwxrwx ./etc/mtab -> /proc/mounts, -rwxr-xr-x ./etc/resolv.conf
    // and lower files: init `l/<image link>`, container `l/<init link>:l/<image link>`.
    const { store, tree } = newStore();
    const base = store.register(tree, null);
    const rw = store.createRWLayer('ctr', base, setupInitLayer);
    const init = rw.init!;
    const list: string[] = [];
    const walk = (dir: string) => {
      for (const n of init.diff.readdir(dir)) {
        const p = dir === '/' ? `/${n}` : `${dir}/${n}`;
        const st = init.diff.lstat(p)!;
        list.push(`${st.kind} ${st.mode.toString(8)} ${p}${st.kind === 'symlink' ? ` -> ${init.diff.readlink(p)}` : ''}`);
        if (st.kind === 'dir') walk(p);
      }
    };
    walk('/');
    expect(list).toEqual([
      'file 755 /.dockerenv',
      'dir 755 /dev',
      'file 755 /dev/console',
      'dir 755 /dev/pts',
      'dir 755 /dev/shm',
      'dir 755 /etc',
      'file 755 /etc/hostname',
      'file 755 /etc/hosts',
      'symlink 777 /etc/mtab -> /proc/mounts',
      'file 755 /etc/resolv.conf',
    ]);
    expect(init.cacheID).toBe(`${rw.mountID}-init`);
    expect(init.lower).toBe(`l/${base.link}`);
    expect(rw.lower).toBe(`l/${init.link}:l/${base.link}`);
    expect(init.diff.readOnly).toBe(true);
    expect(base.refCount).toBe(2);
    expect(store.releaseRWLayer(rw)).toEqual([]);
    expect(base.refCount).toBe(1);
  });

  it('an image file at an init path is replaced: its whiteout is overwritten by the new file', () => {
    const { store, clock } = newStore();
    const img = buildTree(clock, { '/etc/hosts': { file: '127.0.0.1 img\n' }, '/etc/mtab': { symlink: '../proc/self/mounts' } });
    const rw = store.createRWLayer('c', store.register(img, null), setupInitLayer);
    const fs = new Vfs(rw.mount()).view(ROOT);
    expect(fs.readText('/etc/hosts')).toBe('');
    expect(fs.readlink('/etc/mtab')).toBe('/proc/mounts');
    expect(rw.init!.diff.lstat('/etc/hosts')!.kind).toBe('file');
  });

  it('docker diff for `touch /tmp/x; rm /etc/motd` (semantics doc example)', () => {
    // Recorded on the reference engine: `docker run --name stor-t1 storbb sh -c 'touch /tmp/x;
    // rm /etc/motd'; docker diff stor-t1` printed exactly:
    //   C /etc
    //   D /etc/motd
    //   C /tmp
    //   A /tmp/x
    const { store, tree } = newStore();
    const rw = store.createRWLayer('t1', store.register(tree, null), setupInitLayer);
    const fs = new Vfs(rw.mount()).view(ROOT, '/', 0o022);
    fs.writeFile('/tmp/x', '');
    fs.unlink('/etc/motd');
    expect(rw.changes().map(changeString)).toEqual(['C /etc', 'D /etc/motd', 'C /tmp', 'A /tmp/x']);
    expect(rw.size()).toBe(0);
    // The init layer's files never show up, though they differ from the image.
    expect(rw.changes().some((c) => c.path.startsWith('/dev') || c.path === '/.dockerenv')).toBe(false);
  });
});

describe('more recorded container runs', () => {
  it('links, chown, a removed new file, mv over a lower file', () => {
    // Recorded: docker run --name stor-v storbb sh -c 'touch /tmp/x; rm /tmp/x;
    //   ln /etc/motd /etc/motd2; chown 1000:1000 /etc/passwd; mkdir /newdir; touch /tmp/new;
    //   mv /tmp/new /etc/sub/a'
    // `docker diff stor-v | sort`: A /etc/motd2, A /newdir, C /etc, C /etc/passwd, C /etc/sub,
    // C /etc/sub/a (no C /tmp: only its mtime changed). Upper dir: etc/motd and etc/motd2 with
    // nlink 2 and the image's mtime, an empty tmp/, etc/sub/a a regular file, no whiteouts and
    // no opaque directory.
    const { store, tree } = newStore();
    const rw = store.createRWLayer('v', store.register(tree, null), setupInitLayer);
    const fs = new Vfs(rw.mount()).view(ROOT, '/', 0o022);
    fs.writeFile('/tmp/x', '');
    fs.unlink('/tmp/x');
    fs.link('/etc/motd', '/etc/motd2');
    fs.chown('/etc/passwd', 1000, 1000);
    fs.mkdir('/newdir');
    fs.writeFile('/tmp/new', '');
    fs.rename('/tmp/new', '/etc/sub/a');
    expect(rw.changes().map(changeString).sort()).toEqual(['A /etc/motd2', 'A /newdir', 'C /etc', 'C /etc/passwd', 'C /etc/sub', 'C /etc/sub/a']);
    const up = rw.upper;
    expect(up.lstat('/etc/motd')).toMatchObject({ nlink: 2, mtime: Date.UTC(2024, 0, 1) });
    expect(up.readdir('/tmp')).toEqual([]);
    expect(up.lstat('/etc/sub/a')).toMatchObject({ kind: 'file', size: 0 });
    expect(up.getxattr('/etc/sub', 'trusted.overlay.opaque')).toBeNull();
  });
});

describe('mv of a lower directory', () => {
  it('`mv /etc /etc2`: rename fails with EXDEV, and the copy-and-delete fallback gives the recorded diff', () => {
    // Recorded: `docker run --name stor-mv storbb sh -c 'mv /etc /etc2'` exits 1 with
    //   mv: can't remove '/etc/hosts': Device or resource busy   (also resolv.conf, hostname:
    //   bind mounts), and `docker diff stor-mv | sort` prints
    const recorded = [
      'A /etc2', 'A /etc2/hostname', 'A /etc2/hosts', 'A /etc2/motd', 'A /etc2/mtab', 'A /etc2/passwd',
      'A /etc2/resolv.conf', 'A /etc2/sub', 'A /etc2/sub/a', 'A /etc2/sub/deep', 'A /etc2/sub/deep/f',
      'C /etc', 'D /etc/motd', 'D /etc/mtab', 'D /etc/passwd', 'D /etc/sub',
    ];
    // and its upper dir holds four whiteouts sharing one inode (c--------- 4 root root 0, 0).
    const { store, tree } = newStore();
    const rw = store.createRWLayer('mv', store.register(tree, null), setupInitLayer);
    const fs = new Vfs(rw.mount()).view(ROOT, '/', 0o022);
    expect(() => fs.rename('/etc', '/etc2')).toThrow(expect.objectContaining({ code: 'EXDEV' }));
    // What busybox mv does next: copy the tree (keeping modes, owners and times), then remove it.
    const busy = new Set(['/etc/hosts', '/etc/resolv.conf', '/etc/hostname']); // bind mounts in a real container
    const copy = (from: string, to: string): void => {
      const st = fs.lstat(from);
      if (st.kind === 'dir') {
        fs.mkdir(to, st.mode);
        for (const n of fs.readdir(from)) copy(`${from}/${n}`, `${to}/${n}`);
      } else if (st.kind === 'symlink') fs.symlink(fs.readlink(from), to);
      else fs.writeFile(to, fs.readFile(from), { mode: st.mode });
      if (st.kind !== 'symlink') fs.utimes(to, st.atime, st.mtime);
    };
    const remove = (p: string): void => {
      if (fs.lstat(p).kind === 'dir') {
        for (const n of fs.readdir(p)) remove(`${p}/${n}`);
        if (fs.readdir(p).length === 0) fs.rmdir(p);
      } else if (!busy.has(p)) fs.unlink(p);
    };
    copy('/etc', '/etc2');
    remove('/etc');
    // The container exits (unmount); docker diff then mounts the layer (naive diff), which cleans
    // the work directory's link to the shared whiteout: four names, nlink 4.
    rw.unmount();
    expect(rw.changes().map(changeString).sort()).toEqual(recorded);
    const ino = rw.upper.lstat('/etc/motd')!.ino;
    for (const p of ['/etc/mtab', '/etc/passwd', '/etc/sub']) expect(rw.upper.lstat(p)).toMatchObject({ kind: 'chardev', rdev: 0, ino, nlink: 4 });
  });
});

/**
 * Replays on the simulator the container recorded in archive/testdata/docker20-commit-layer.tar
 * (see archive/tar.test.ts for the command list), at the recorded time, and compares:
 * - `docker diff` with the recorded output (as a set: Docker's order is random), and
 * - the commit layer tar with the recorded one, byte for byte, after applying the two header
 *   differences between Docker 20.10 and Engine 28 (go-archive v0.1.0): no file-type bits in the
 *   mode field and no user/group names.
 */
describe('replay of the recorded container', () => {
  const RECORDED_SECOND = 1796032514; // every mtime in the recorded layer
  const a50 = 'a'.repeat(50);
  const b53 = 'b'.repeat(53);
  const n120 = 'n'.repeat(120);

  function run(fs: FileSystem): void {
    fs.mkdir('/d');
    fs.mkdir('/d/sub');
    fs.writeFile('/d/f', 'hi\n');
    fs.link('/d/f', '/d/hard');
    fs.symlink('/d/f', '/d/sym');
    fs.mknod('/d/cdev', 'chardev', 0o666, 1 * 256 + 3);
    fs.mknod('/d/fifo', 'fifo', 0o666, 0);
    fs.chown('/d/f', 1000, 1000);
    fs.chmod('/d/sub', 0o1777);
    fs.writeFile('/d/suid', 's\n');
    fs.chmod('/d/suid', 0o4755);
    fs.writeFile(`/d/${n120}`, 'L\n');
    fs.writeFile('/d/é.txt', 'u\n');
    fs.mkdir('/p');
    fs.mkdir(`/p/${a50}`);
    fs.mkdir(`/p/${a50}/${b53}`);
    fs.writeFile(`/p/${a50}/${b53}/ccccc.txt`, 'x\n');
    fs.symlink(`/p/${a50}/${b53}/ccccc.txt`, '/d/longsym');
    fs.unlink('/etc/motd');
    fs.rmdir('/home');
    fs.unlink('/etc/sub/a');
    fs.unlink('/etc/sub/deep/f');
    fs.rmdir('/etc/sub/deep');
    fs.rmdir('/etc/sub');
    fs.mkdir('/etc/sub');
    fs.writeFile('/etc/sub/b', 'b\n');
    fs.writeFile('/etc/passwd', 'x:x:1:1::/:/bin/sh\n', { append: true });
  }

  function replay() {
    const clock = new VirtualClock(STORBB_TIME);
    const store = new LayerStore({ clock, random: new SeededRandom(3) });
    const base = store.register(buildTree(clock, storbbSpec(), { mtime: STORBB_TIME }), null);
    clock.advance(RECORDED_SECOND * 1000 - clock.now());
    const rw = store.createRWLayer('fx', base, setupInitLayer);
    run(new Vfs(rw.mount()).view(ROOT, '/', 0o022));
    return { store, base, rw };
  }

  it('gives the recorded docker diff', () => {
    const { rw } = replay();
    const recorded = [
      'A /d', 'A /d/cdev', 'A /d/f', 'A /d/fifo', 'A /d/hard', 'A /d/longsym', `A /d/${n120}`, 'A /d/sub',
      'A /d/suid', 'A /d/sym', 'A /d/é.txt', 'A /etc/sub/b', 'A /p', `A /p/${a50}`, `A /p/${a50}/${b53}`,
      `A /p/${a50}/${b53}/ccccc.txt`, 'C /etc', 'C /etc/passwd', 'C /etc/sub', 'D /etc/motd',
      'D /etc/sub/a', 'D /etc/sub/deep', 'D /home',
    ];
    const got = rw.changes().map(changeString);
    expect([...got].sort()).toEqual([...recorded].sort());
    // Our fixed order: parents first, names bytewise, a directory's deletions after its other changes.
    expect(got.slice(0, 3)).toEqual(['A /d', 'A /d/cdev', 'A /d/f']);
    expect(got.slice(got.indexOf('C /etc'), got.indexOf('C /etc') + 7)).toEqual([
      'C /etc', 'C /etc/passwd', 'C /etc/sub', 'A /etc/sub/b', 'D /etc/sub/a', 'D /etc/sub/deep', 'D /etc/motd',
    ]);
  });

  it('commits the recorded layer tar, in Engine 28’s header form', () => {
    const { rw, store, base } = replay();
    const recorded = readTar(new Uint8Array(readFileSync(new URL('../archive/testdata/docker20-commit-layer.tar', import.meta.url))));
    const engine28 = writeTar(
      recorded.map((e) => ({ header: { ...e.header, mode: e.header.mode & 0o7777, uname: '', gname: '' }, body: e.data })),
    );
    const tar = rw.tarStream();
    expect(readTar(tar).map((e) => e.header)).toEqual(readTar(engine28).map((e) => e.header));
    expect(digestOf(tar)).toBe(digestOf(engine28));
    expect(digestOf(tar)).toBe('sha256:8e5f5b67cff19859d3022a8e654ee108299403c9816cdadf930ecdd541ce66fc');

    const layer = store.registerTar(tar, base);
    expect(layer.diffID).toBe(digestOf(engine28));
    expect(layer.chainID).toBe(createChainID(base.chainID, layer.diffID));
    // The committed layer's diff dir as ApplyDiff leaves it: whiteouts back as 0/0 devices,
    // the opaque marker back as an xattr, whole-second mtimes.
    const diff = layer.diff;
    expect(diff.lstat('/etc/motd')).toMatchObject({ kind: 'chardev', rdev: 0, mode: 0 });
    expect(diff.lstat('/home')).toMatchObject({ kind: 'chardev', rdev: 0 });
    expect(fromUtf8(diff.getxattr('/etc/sub', 'trusted.overlay.opaque')!)).toBe('y');
    expect(diff.lstat('/d/hard')!.ino).toBe(diff.lstat('/d/f')!.ino);
    // directory.Size: passwd 49 + sub/b 2 + f 3 (hard link once) + n120 2 + suid 2 + é.txt 2 +
    // ccccc.txt 2 + symlinks sym 4 and longsym 117.
    expect(layer.size).toBe(49 + 2 + 3 + 2 + 2 + 2 + 2 + 4 + 117);
  });
});
