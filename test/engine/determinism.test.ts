/**
 * "The same seed and the same commands give the same state, IDs included": what grading by replay
 * rests on. Two fresh hosts, the same command list typed through `createSession`, must print the
 * same bytes and serialize to the same bytes; another seed must give other IDs. Saving and
 * restoring between commands (a reload of the page) must not change what follows either, as long
 * as no container is running at the reload (a running one comes back stopped: daemon/state.ts).
 */
import { describe, expect, it } from 'vitest';
import { createHost, restoreHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import { firstDifference, saveText, shellOn } from './state-fixture.ts';

/** Every docker command there is, in a lesson-like order, with a failure or two. */
const SCRIPT = [
  'docker pull busybox',
  'docker pull -q alpine:3.20',
  'docker images --digests',
  'docker run --name first busybox sh -c "echo hello; hostname; echo data > /greeting; rm /bin/ls"',
  "docker create --name second -e X=1 -w /work busybox sh -c 'echo $X > out; pwd'",
  'docker start -a second',
  'docker run -d --name bg alpine:3.20 sleep 300',
  'docker exec bg sh -c "echo from-exec > /x; cat /x"',
  'docker top bg',
  'docker pause bg',
  'docker ps --format "{{.ID}} {{.Names}} {{.Status}}"',
  'docker unpause bg',
  'docker logs first',
  'docker diff first',
  'docker commit -m note first snap',
  'docker tag snap snap:v1',
  'docker history snap:v1',
  'docker inspect first',
  'docker image inspect snap',
  'sleep 7',
  'docker ps -a --no-trunc',
  'docker ps -a -s',
  'docker stop bg',
  'docker restart bg',
  'docker kill bg',
  'docker rmi busybox',
  'docker rm first',
  'docker rename second renamed',
  'docker wait renamed',
  'docker cp renamed:/work/out ./out && cat out',
  'docker export renamed | wc -c',
  'docker run --rm busybox echo bye',
  'docker run --name again alpine:3.20 sh -c "exit 4"',
  'docker container prune -f',
  'docker image prune -f',
  'docker run -d --name final alpine:3.20 sleep 100',
  'docker create --name spare snap:v1 cat /greeting',
  'docker images -a',
  'docker info --format "{{.ID}} {{.Containers}} {{.Images}}"',
  'docker inspect -f "{{.Id}} {{.GraphDriver.Data.UpperDir}}" spare',
  'sudo ls /var/lib/docker/overlay2 /var/lib/docker/containers',
];

async function replay(seed: number, script: readonly string[]): Promise<{ host: SimHost; transcript: string }> {
  const host = createHost({ seed });
  const sh = shellOn(host);
  for (const line of script) await sh.run(line);
  return { host, transcript: sh.transcript() };
}

const ids = (text: string) => [...new Set(text.match(/\b[0-9a-f]{64}\b/g) ?? [])];

describe('determinism', () => {
  it('the same seed and commands: the same output and the same saved state, byte for byte', async () => {
    const a = await replay(42, SCRIPT);
    const b = await replay(42, SCRIPT);
    expect(b.transcript).toBe(a.transcript);
    expect(firstDifference(saveText(b.host), saveText(a.host))).toBe(null);
    // The script did what it says (so the comparison is about something).
    expect(a.transcript).toContain('$ docker exec bg sh -c "echo from-exec > /x; cat /x"\nfrom-exec\n[0]');
    expect(a.transcript).toContain('$ docker wait renamed\n0\n[0]');
    expect(a.transcript).toContain('&& cat out\n1\n[0]');
    expect(a.transcript).toMatch(/\$ docker stop bg\nbg\n\[0\]/);
    expect(a.transcript).toMatch(/\$ docker rmi busybox\n\[stderr\]\nError response from daemon: conflict: unable to remove repository reference "busybox" \(must force\) - container [0-9a-f]{12} is using its referenced image [0-9a-f]{12}\n\[1\]/);
    expect(ids(a.transcript).length).toBeGreaterThan(5);
  });

  it('another seed: other container, layer and engine IDs; the same image IDs', async () => {
    const a = await replay(42, SCRIPT);
    const c = await replay(43, SCRIPT);
    const containerIDs = (h: SimHost) => (JSON.parse(saveText(h)) as { parts: { docker: { containers: Array<{ fields: { id: string } }> } } }).parts.docker.containers.map((x) => x.fields.id);
    const engineID = (h: SimHost) => (JSON.parse(saveText(h)) as { parts: { docker: { engineID: string } } }).parts.docker.engineID;
    expect(containerIDs(a.host)).toHaveLength(2);
    expect(containerIDs(c.host)).toHaveLength(2);
    for (const id of containerIDs(c.host)) expect(containerIDs(a.host)).not.toContain(id);
    expect(engineID(c.host)).not.toBe(engineID(a.host));
    const mountIDs = (h: SimHost) => (JSON.parse(saveText(h)) as { parts: { docker: { layers: { rw: Array<{ mountID: string }> } } } }).parts.docker.layers.rw.map((r) => r.mountID);
    expect(mountIDs(c.host)).toHaveLength(2);
    for (const id of mountIDs(c.host)) expect(mountIDs(a.host)).not.toContain(id);
    // Content-addressed IDs do not depend on the seed: the pulled images are the same.
    const pulled = (t: string) => t.match(/Digest: sha256:[0-9a-f]{64}/g);
    expect(pulled(c.transcript)).toEqual(pulled(a.transcript));
    expect(c.transcript).not.toBe(a.transcript);
  });

  it('a reload before every command changes nothing while no container runs at a reload', async () => {
    // No detached containers: everything has exited when each command returns.
    const script = [
      'docker pull -q busybox',
      'docker run --name one busybox sh -c "echo 1 > /one; rm /bin/sh"',
      'docker create --name two -w /deep/dir busybox ls -a',
      'docker cp /etc/hostname two:/deep/dir/copied',
      'docker start -a two',
      'docker commit one img1',
      'docker run --name three img1 cat /one',
      'docker diff one',
      'docker tag img1 img1:tagged',
      'docker rm one',
      'sleep 61',
      'docker ps -a -s',
      'docker images',
      'docker run --name four -w /w img1:tagged stat -c "%d %i %h" / /w /one',
    ];
    // Each command in a new session on both sides (a reload starts a new terminal session).
    const plain = createHost({ seed: 9 });
    let reloaded = createHost({ seed: 9 });
    let plainLog = '';
    let reloadedLog = '';
    for (const line of script) {
      const a = shellOn(plain);
      await a.run(line);
      plainLog += a.transcript();
      reloaded = restoreHost(JSON.parse(saveText(reloaded)));
      const b = shellOn(reloaded);
      await b.run(line);
      reloadedLog += b.transcript();
    }
    expect(reloadedLog).toBe(plainLog);
    expect(firstDifference(saveText(reloaded), saveText(plain))).toBe(null);
    expect(plainLog).toContain('$ docker run --name three img1 cat /one\n1\n[0]');
    expect(plainLog).toContain('copied');
  });
});
