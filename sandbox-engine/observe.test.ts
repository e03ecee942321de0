/** The graders' read-only view: it reports what the CLI shows and changes nothing on the host. */
import { describe, expect, it } from 'vitest';
import { createHost, createSession, observeDocker } from './index.ts';

async function prepared() {
  const host = createHost({ seed: 3 });
  const s = createSession({ host });
  for (const line of [
    "docker run --name box alpine:3.20 sh -c 'echo hi > /f; rm /etc/motd'",
    'docker commit box snap:v1',
    'docker run -d --name live -v data:/data --tmpfs /cache alpine:3.20 sleep 100',
    "docker exec live sh -c 'echo x > /cache/x; echo y > /data/y'",
  ]) {
    expect((await s.input(line)).kind).toBe('done');
  }
  return host;
}

describe('observeDocker', () => {
  it('shows containers, diff, images, volumes and files inside a running container', async () => {
    const host = await prepared();
    const v = observeDocker(host)!;
    expect(v.diff('box')).toEqual([
      { kind: 'C', path: '/etc' },
      { kind: 'D', path: '/etc/motd' },
      { kind: 'A', path: '/f' },
    ]);
    expect(v.diff('nope')).toBeUndefined();
    const live = v.container('live')!;
    expect(live).toMatchObject({ name: 'live', status: 'running', tmpfs: ['/cache'], imageRef: 'alpine:3.20' });
    expect(live.mounts).toEqual([{ type: 'volume', name: 'data', source: '/var/lib/docker/volumes/data/_data', destination: '/data', rw: true }]);
    expect(v.container('box')).toMatchObject({ status: 'exited', exitCode: 0 });
    const snap = v.image('snap:v1')!;
    const base = v.image('alpine:3.20')!;
    expect(snap.tags).toEqual(['snap:v1']);
    expect(snap.parent).toBe(base.id);
    expect(snap.layers.slice(0, -1)).toEqual(base.layers);
    expect(snap.history[0].id).toBe(snap.id);
    expect(v.volumes()).toEqual([{ name: 'data', driver: 'local', anonymous: false, mountpoint: '/var/lib/docker/volumes/data/_data' }]);
    expect(v.readContainerFile('live', '/cache/x')).toBe('x\n');
    expect(v.listContainerDir('live', '/data')).toEqual(['y']);
    expect(v.readContainerFile('box', '/f')).toBeUndefined(); // not running
  });

  it('reads without changing anything (random source, clock, processes, disk)', async () => {
    const host = await prepared();
    const before = JSON.stringify(host.serialize());
    const v = observeDocker(host)!;
    for (const c of v.containers()) {
      v.diff(c.id);
      for (const t of c.tmpfs) v.listContainerDir(c.id, t);
    }
    v.images();
    v.image('snap:v1');
    v.volumes();
    v.readContainerFile('live', '/cache/x');
    expect(JSON.stringify(host.serialize())).toBe(before);
  });

  it('is undefined on a host without Docker', () => {
    expect(observeDocker(createHost({ seed: 1, docker: false }))).toBeUndefined();
  });
});
