/**
 * docker cp and docker export through a simulated host. Texts recorded from the docker 28.2.2 CLI
 * on a real daemon (as root and as a normal user), the export listing from a real export of the
 * catalog's alpine (testdata/export-alpine.txt).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { imageHost } from './image-fixture.ts';
import { readTar } from '../../sandbox-engine/archive/tar.ts';
import { exportContainer } from '../../sandbox-engine/daemon/export.ts';
import { archivePath } from '../../sandbox-engine/daemon/archive.ts';
import { archiveBytes } from '../../sandbox-engine/archive/copy.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';

const TYPE_LETTER: Record<string, string> = { file: '0', hardlink: '1', symlink: '2', chardev: '3', dir: '5', fifo: '6' };

describe('docker export', () => {
  it('the merged file system without volumes; /dev, /proc, /sys as the init layer has them', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name exa alpine sh -c 'echo hi > /tmp/x; rm /etc/motd; mkdir /data'");
    const tar = exportContainer(h.daemon, 'exa');
    const ours = readTar(tar).map(({ header: e }) =>
      [e.name.replace(/\/$/, ''), TYPE_LETTER[e.type], `0o${(e.mode & 0o7777).toString(8)}`, e.uid, e.gid, e.size, e.linkname].join(' ').trimEnd(),
    );
    const recorded = readFileSync(resolve(import.meta.dirname, 'testdata/export-alpine.txt'), 'utf8')
      .split('\n')
      .filter((l) => l !== '' && !l.startsWith('#'))
      .map((l) => l.trimEnd());
    expect(ours).toEqual(recorded);
    // Engine 28's tar headers: no user names (go-archive v0.1.0 does no lookups).
    expect(readTar(tar).every(({ header }) => header.uname === '' && header.gname === '')).toBe(true);
  });

  it('-o writes the file 0600 (and only on success); stdout must not be a terminal', async () => {
    const h = await imageHost({ images: ['busybox'] });
    await h.run('docker create --name ex1 busybox');
    expect(await h.run('docker export -o ex.tar ex1')).toEqual({ stdout: '', stderr: '', status: 0 });
    const fs = h.host.fs(ROOT);
    const st = fs.stat('/home/student/ex.tar');
    expect([st.mode, st.uid]).toEqual([0o600, 1000]);
    expect(fs.readFile('/home/student/ex.tar')).toEqual(exportContainer(h.daemon, 'ex1'));
    expect((await h.run('docker export ex1 | wc -c')).stdout.trim()).toBe(String(st.size));
    const run = async (l: string) => {
      const r = await h.run(l);
      return [r.stderr, r.status];
    };
    expect(await run('docker export -o /nonexist/x.tar ex1')).toEqual(['failed to export container: invalid output path: stat /nonexist: no such file or directory\n', 1]);
    expect(await run('mkdir adir; docker export -o adir ex1')).toEqual(['failed to export container: cannot write to a directory\n', 1]);
    expect(await run('docker export -o ex3.tar nope')).toEqual(['Error response from daemon: No such container: nope\n', 1]);
    expect(fs.exists('/home/student/ex3.tar')).toBe(false);
    expect(await run("docker export ''")).toEqual(['invalid container name or ID: value is empty\n', 1]);
    const tty = await imageHost({ images: ['busybox'], tty: true });
    await tty.run('docker create --name ex1 busybox');
    const r = await tty.run('docker export ex1');
    expect([r.stderr, r.status]).toEqual(['cowardly refusing to save to a terminal. Use the -o flag or redirect\n', 1]);
  });
});

describe('docker cp', () => {
  it('host → container: files and directories, keeping the host uid/gid and modes', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('mkdir -p src/sub; echo hello > src/f.txt; echo x > src/sub/y; chmod 640 src/f.txt');
    await h.run('docker create --name cp1 alpine sleep 100');
    expect(await h.run('docker cp src/f.txt cp1:/tmp/')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await h.run('docker cp src cp1:/tmp/d1')).status).toBe(0);
    expect((await h.run('docker cp -a src/f.txt cp1:/tmp/g.txt')).status).toBe(0);
    const listing = readTar(archiveBytes(archivePath(h.daemon, 'cp1', '/tmp').entries)).map(
      ({ header: e }) => `${e.name} ${(e.mode & 0o7777).toString(8)} ${e.uid}/${e.gid} ${e.size}`,
    );
    // Recorded (student, uid 1001 on the recording host): files keep the caller's ids, with or
    // without -a, since the container has no --user.
    expect(listing).toEqual([
      'tmp/ 1777 0/0 0',
      'tmp/d1/ 755 1000/1000 0',
      'tmp/d1/f.txt 640 1000/1000 6',
      'tmp/d1/sub/ 755 1000/1000 0',
      'tmp/d1/sub/y 644 1000/1000 2',
      'tmp/f.txt 640 1000/1000 6',
      'tmp/g.txt 640 1000/1000 6',
    ]);
    expect((await h.run('docker diff cp1')).stdout).toBe('C /tmp\nA /tmp/d1\nA /tmp/d1/f.txt\nA /tmp/d1/sub\nA /tmp/d1/sub/y\nA /tmp/f.txt\nA /tmp/g.txt\n');
  });

  it('-a with a container user: files belong to that user', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('echo z > z.txt; docker create --name cu --user nobody alpine true');
    await h.run('docker cp -a z.txt cu:/tmp/');
    await h.run('docker cp z.txt cu:/tmp/plain.txt');
    const c = h.daemon.containers.get('cu');
    const root = c.rwLayer.mount();
    expect([root.lstat('/tmp/z.txt')?.uid, root.lstat('/tmp/z.txt')?.gid]).toEqual([65534, 65534]);
    expect(root.lstat('/tmp/plain.txt')?.uid).toBe(1000);
  });

  it('container → host: files belong to the caller; works on a running container too', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('docker run -d --name up alpine sleep 300');
    await h.run("docker exec up sh -c 'mkdir /d; echo a > /d/a; chmod 600 /d/a'");
    expect(await h.run('docker cp up:/d ./out')).toEqual({ stdout: '', stderr: '', status: 0 });
    const fs = h.host.fs(ROOT);
    const st = fs.lstat('/home/student/out/a');
    expect([st.mode, st.uid, st.gid]).toEqual([0o600, 1000, 1000]);
    expect(fs.readText('/home/student/out/a')).toBe('a\n');
    await h.run('docker cp up:/d/. ./dotcopy');
    expect(fs.readdir('/home/student/dotcopy')).toEqual(['a']);
    await h.run('mkdir into; docker cp up:/d into');
    expect(fs.readdir('/home/student/into')).toEqual(['d']);
    // /etc/hostname is dockerd's file, bind-mounted: cp sees the container's hostname.
    await h.run('docker cp up:/etc/hostname h');
    expect(fs.readText('/home/student/h')).toBe(`${h.daemon.containers.get('up').id.slice(0, 12)}\n`);
  });

  it('a tar stream both ways with -', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run("docker run --name cp4 alpine sh -c 'mkdir /d; echo a > /d/a; echo b > /d/b'");
    await h.run('docker create --name cp5 alpine');
    expect((await h.run('docker cp cp4:/d - | docker cp - cp5:/tmp')).status).toBe(0);
    expect((await h.run('docker diff cp5')).stdout).toBe('C /tmp\nA /tmp/d\nA /tmp/d/a\nA /tmp/d/b\n');
    const r = await h.run('docker cp - cp5:/tmp/d/a </dev/null');
    expect([r.stderr, r.status]).toEqual(['destination "cp5:/tmp/d/a" must be a directory\n', 1]);
  });

  it('on a terminal it says how much it copied (tar bytes, recorded: 6 bytes → 2.05kB)', async () => {
    const h = await imageHost({ images: ['alpine'], tty: true });
    await h.run("docker run --name t1 alpine sh -c 'echo hello > /f.txt'");
    let r = await h.run('docker cp t1:/f.txt .');
    expect(r.stderr.replace(/\r\n/g, '\n')).toBe('Successfully copied 2.05kB to /home/student/.\n');
    r = await h.run('docker cp -q t1:/f.txt g');
    expect(r.stderr).toBe('');
    // Recorded: a directory with f.txt and sub/y → 4096 tar bytes.
    r = await h.run('mkdir -p m/sub; echo hello > m/f.txt; echo x > m/sub/y; docker cp m t1:/m2');
    expect(r.stderr.replace(/\r\n/g, '\n')).toBe('Successfully copied 4.1kB to t1:/m2\n');
  });

  it('errors (texts recorded from docker 28.2.2 as a normal user)', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('docker create --name cp1 alpine sleep 100; echo x > hostname; mkdir out');
    const err = async (l: string) => {
      const r = await h.run(l);
      return [r.stderr, r.status];
    };
    expect(await err('docker cp cp1:/nope .')).toEqual(['Error response from daemon: Could not find the file /nope in container cp1\n', 1]);
    expect(await err('docker cp /nope cp1:/tmp')).toEqual(['lstat //nope: no such file or directory\n', 1]);
    expect(await err('docker cp nope cp1:/tmp')).toEqual(['lstat /home/student/nope: no such file or directory\n', 1]);
    expect(await err('docker cp nope:/x .')).toEqual(['Error response from daemon: No such container: nope\n', 1]);
    expect(await err('docker cp cp1:/etc/motd /root/x')).toEqual(['stat /root/x: permission denied\n', 1]);
    expect(await err('docker cp cp1:/etc/motd /nonexist/x')).toEqual(['invalid output path: directory "/nonexist" does not exist\n', 1]);
    expect(await err('docker cp cp1:/etc ./hostname')).toEqual(['cannot copy directory\n', 1]);
    expect(await err('docker cp a b')).toEqual(['must specify at least one container source\n', 1]);
    expect(await err('docker cp a:b c:d')).toEqual(['copying between containers is not supported\n', 1]);
    expect(await err("docker cp '' x")).toEqual(['source can not be empty\n', 1]);
    expect(await err("docker cp x ''")).toEqual(['destination can not be empty\n', 1]);
    expect(await err('docker cp ./out cp1:/etc/motd')).toEqual(['cannot copy directory\n', 1]);
    expect(await err('docker cp ./hostname cp1:/tmp/nodir/')).toEqual(['no such directory\n', 1]);
    expect(await err('docker cp ./hostname cp1:/nodir/x')).toEqual(['Error response from daemon: Could not find the file /nodir in container cp1\n', 1]);
    expect(await err('docker cp ./hostname cp1:/etc/hostname')).toEqual(['', 0]);
  });

  it('a read-only root file system refuses writes', async () => {
    const h = await imageHost({ images: ['alpine'] });
    await h.run('echo z > z.txt; docker create --read-only --name ro alpine');
    const r = await h.run('docker cp z.txt ro:/tmp/');
    expect([r.stderr, r.status]).toEqual(['Error response from daemon: container rootfs is marked read-only\n', 1]);
  });
});
