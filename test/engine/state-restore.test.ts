/**
 * The whole host, Docker included, saved and restored (host.ts serialize / restoreHost,
 * daemon/state.ts): the saved data is plain JSON, a restored host saves byte for byte the same,
 * answers every docker command as the original does and goes on exactly as the original would;
 * running containers come back as after a power loss (moby v28.5.2 daemon/daemon.go restore()).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHost, restoreHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import type { Daemon } from '../../sandbox-engine/daemon/daemon.ts';
import { DOCKER_SOCKET } from '../../sandbox-engine/daemon/install.ts';
import { rfc3339Nano } from '../../sandbox-engine/util/time.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';
import { assertPlainJSON, firstDifference, reload, runAll, saveText, shellOn } from './state-fixture.ts';

const daemonOf = (host: SimHost) => host.listeners.get(DOCKER_SOCKET) as Daemon;

/** A host that has used most of what Docker stores: pulled, committed and tagged images, containers in several states. */
async function busyHost(): Promise<SimHost> {
  const host = createHost({ seed: 11 });
  await runAll(shellOn(host), [
    'docker pull -q busybox',
    'docker run --name writer busybox sh -c "echo to-stdout; echo to-stderr >&2; mkdir /data; echo kept > /data/f; rm /bin/ls /bin/cat"',
    'docker commit -m "with data" writer snap',
    'docker tag snap snap:v1',
    'docker tag busybox mybox:1.0',
    'docker create --name made -w /app -e A=1 busybox echo never',
    'docker run --name failed busybox sh -c "exit 3" || true',
    'docker run --name renamed-later busybox true',
    'docker rename renamed-later renamed',
    'docker cp writer:/data /tmp/copied',
    'sleep 5',
  ]);
  return host;
}

/** Read-only commands whose output covers the stores (ps, images, inspect, logs, diff, history, the data root). */
const LOOK = [
  'docker ps -a --no-trunc',
  'docker ps -a -s',
  'docker images --digests --no-trunc',
  'docker inspect writer made failed renamed',
  'docker image inspect snap:v1 mybox:1.0 busybox',
  'docker history --no-trunc snap',
  'docker logs writer',
  'docker diff writer',
  'docker info --format "{{.Containers}} {{.ContainersStopped}} {{.Images}} {{.ID}}"',
  'sudo ls -l $(docker inspect -f "{{.GraphDriver.Data.UpperDir}}" writer) $(docker inspect -f "{{.GraphDriver.Data.UpperDir}}" writer)/data',
  'sudo ls -la /var/lib/docker/overlay2 /var/lib/docker/containers /var/lib/docker/image/overlay2/layerdb/mounts',
  'sudo cat /var/lib/docker/image/overlay2/repositories.json /var/lib/docker/engine-id',
];

describe('a saved and restored Docker host', () => {
  let original: SimHost;
  let saved: string;
  beforeAll(async () => {
    original = await busyHost();
    saved = saveText(original);
  });

  it('saves plain JSON, with Docker under parts.docker, versioned', () => {
    const data = JSON.parse(saved) as { version: number; parts: { docker: { version: number; containers: unknown[]; images: unknown[] } } };
    assertPlainJSON(original.serialize());
    expect(data.version).toBe(2);
    expect(data.parts.docker.version).toBe(1);
    expect(data.parts.docker.containers).toHaveLength(4);
    expect(data.parts.docker.images).toHaveLength(2);
  });

  it('serializes byte for byte as the original', () => {
    const back = restoreHost(JSON.parse(saved));
    expect(firstDifference(saveText(back), saved)).toBe(null);
    expect(firstDifference(saveText(reload(back)), saved)).toBe(null);
  });

  it('answers docker commands as the original does', async () => {
    const back = restoreHost(JSON.parse(saved));
    const a = shellOn(original);
    const b = shellOn(back);
    for (const line of LOOK) {
      const [x, y] = [await a.run(line), await b.run(line)];
      expect({ line, ...y }).toEqual({ line, ...x });
      expect(x.status, `${line}: ${x.stderr}`).toBe(0);
    }
    // The transcript is not empty of substance: IDs, names and files are there.
    expect(b.transcript()).toMatch(/[0-9a-f]{64}/);
    expect(b.transcript()).toContain('snap         v1');
    expect(b.transcript()).toContain('to-stderr');
    expect(b.transcript()).toContain('D /bin/ls');
  });

  it('goes on exactly as the original would (same IDs, devices, output and state)', async () => {
    // A host of its own (the other tests' sessions have left processes in `original`).
    const twin = await busyHost();
    const back = restoreHost(JSON.parse(saveText(twin)));
    // The shell session is not part of the host's state: both sides get a new one.
    const a = shellOn(twin);
    const b = shellOn(back);
    const next = [
      'docker start -a made',
      'docker run --name later -w /q snap:v1 sh -c "stat -c \'%d %i\' / /q /data/f; rm /data/f; rm /bin/sh"',
      'docker diff later',
      'docker commit later snap2',
      'docker rm writer',
      'docker rmi mybox:1.0',
      'docker run -d --name bg busybox sleep 100',
      'docker exec bg sh -c "echo in-exec > /e; cat /e"',
      'sleep 3',
      'docker ps -a',
      'docker images',
    ];
    // One host after the other, not line by line: the two have containers with the same IDs, and
    // daemon/running.ts keys live containers by ID alone, for every host in this JavaScript realm.
    for (const line of next) await a.run(line);
    for (const line of next) await b.run(line);
    expect(b.transcript()).toBe(a.transcript());
    expect(b.transcript()).toContain('in-exec');
    expect(firstDifference(saveText(back), saveText(twin))).toBe(null);
  });

  it('a host without Docker saves no docker part and restores without one', () => {
    const host = createHost({ seed: 2, docker: false });
    const data = JSON.parse(saveText(host)) as { parts: object };
    expect(data.parts).toEqual({});
    const back = restoreHost(data);
    expect(back.listeners.size).toBe(0);
    expect(saveText(back)).toBe(saveText(host));
  });
});

describe('running containers at the save come back as after a power loss', () => {
  let original: SimHost;
  let savedAt: number;
  let back: SimHost;
  beforeAll(async () => {
    original = createHost({ seed: 5 });
    await runAll(shellOn(original), [
      'docker pull -q busybox',
      'docker run -d --name bg busybox sh -c "echo started; sleep 300"',
      'docker run -d --name frozen busybox sleep 300',
      'docker pause frozen',
      'docker exec -d bg sleep 200',
      'docker run -d --rm --name temp busybox sleep 300',
      'docker create --rm --name created-rm busybox true',
      'docker run --name done busybox true',
      'sleep 2',
    ]);
    savedAt = original.clock.now();
    back = reload(original);
  });

  it('stopped with ExitCode 255, FinishedAt the save time; --rm containers removed', async () => {
    const sh = shellOn(back);
    const ps = await sh.run('docker ps -a --format "{{.Names}}|{{.Status}}"');
    expect(ps.stdout).toBe('done|Exited (0) 2 seconds ago\nfrozen|Exited (255) Less than a second ago\nbg|Exited (255) Less than a second ago\n');
    const st = await sh.run('docker inspect -f "{{.State.Status}} {{.State.Running}} {{.State.Paused}} {{.State.Pid}} {{.State.ExitCode}} {{.State.FinishedAt}}" bg frozen');
    const when = rfc3339Nano(savedAt);
    expect(st.stdout).toBe(`exited false false 0 255 ${when}\nexited false false 0 255 ${when}\n`);
    expect((await sh.run('docker logs bg')).stdout).toBe('started\n');
    // The exec instance went with the daemon, as dockerd keeps execs only in memory.
    expect((await sh.run('docker inspect -f "{{.ExecIDs}}" bg')).stdout).toBe('[]\n');
  });

  it('leaves no container processes, merged dirs or stale on-disk state', async () => {
    const d = daemonOf(back);
    const argv = back.processes.list().map((p) => p.argv.join(' '));
    expect(argv.filter((a) => a.includes('containerd-shim') || a.includes('sleep'))).toEqual([]);
    expect(back.processes.list().every((p) => p.pidns === 0)).toBe(true);
    const fs = back.fs(ROOT);
    for (const c of d.containers.all()) {
      expect(fs.exists(`/var/lib/docker/overlay2/${c.rwLayer.mountID}/merged`)).toBe(false);
      expect(c.rwLayer.isMounted()).toBe(false);
      const cfg = JSON.parse(fs.readText(`/var/lib/docker/containers/${c.id}/config.v2.json`)) as { State: { Running: boolean; Paused: boolean; ExitCode: number } };
      expect(cfg.State.Running).toBe(false);
      expect(cfg.State.Paused).toBe(false);
    }
    const names = fs.readdir('/var/lib/docker/containers').length;
    expect(names).toBe(3);
    expect(fs.readdir('/var/lib/docker/image/overlay2/layerdb/mounts')).toHaveLength(3);
  });

  it('can start them again; from then on saves round-trip byte for byte', async () => {
    const again = reload(back);
    expect(saveText(again)).toBe(saveText(back));
    const sh = shellOn(again);
    expect((await sh.run('docker start bg frozen')).stdout).toBe('bg\nfrozen\n');
    expect((await sh.run('docker ps --format "{{.Names}} {{.Status}}"')).stdout).toBe('frozen Up Less than a second\nbg Up Less than a second\n');
    expect((await sh.run('docker logs bg')).stdout).toBe('started\nstarted\n');
  });
});

describe('what the save covers', () => {
  it('every field of the Daemon (a new store needs its save/load pair in daemon/state.ts)', () => {
    const d = daemonOf(createHost({ seed: 1 }));
    // host: restored by the host; layout: a view over the host's disk, nothing of its own;
    // running, exitListeners: live processes, which a restore ends as a power loss would.
    const covered = ['host', 'layout', 'engineID', 'nextPidns', 'layers', 'images', 'refs', 'containers', 'running', 'exitListeners', 'volumes'];
    expect(Object.keys(d).filter((k) => !covered.includes(k))).toEqual([]);
  });
});

describe('restore refuses what it cannot read', () => {
  it('another host state version, an unknown part, another docker state version', () => {
    const data = JSON.parse(saveText(createHost({ seed: 1 }))) as { version: number; parts: Record<string, { version: number }> };
    expect(() => restoreHost({ ...data, version: 1 })).toThrow('host state version 1; this engine reads 2');
    expect(() => restoreHost({ ...data, parts: { ...data.parts, kubernetes: {} } })).toThrow(
      'host state has a part this engine cannot restore: kubernetes',
    );
    expect(() => restoreHost({ ...data, parts: { docker: { ...data.parts.docker, version: 9 } } })).toThrow(
      'docker state version 9; this engine reads 1',
    );
    expect(() => restoreHost({ nothing: true })).toThrow('not a dockersim host state');
  });

  it('a container field that is not plain data stops the save with its name', async () => {
    const host = createHost({ seed: 1 });
    await runAll(shellOn(host), ['docker pull -q busybox', 'docker create --name odd busybox true']);
    const c = daemonOf(host).containers.get('odd') as unknown as Record<string, unknown>;
    c.extra = new Map([['a', 1]]);
    expect(() => host.serialize()).toThrow(/container [0-9a-f]{12} field extra is not plain data \(Map\)/);
  });
});
