/**
 * The state inspector's data (site/lib/inspector/model.ts) from real engine runs, each expectation
 * taken from what the docker CLI prints in the same session (history, diff, inspect, images, ps).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createHost, createSession, observeDocker, type Host } from '../../sandbox-engine/index.ts';
import { inspectorState } from '../../site/lib/inspector/model.ts';

let host: Host;
let out = '';
let sh: ReturnType<typeof createSession>;

/** Runs a line in the student's shell and returns what it printed (failing on a non-zero status). */
async function sh$(line: string): Promise<string> {
  out = '';
  const r = await sh.input(line);
  if (r.kind !== 'done' || r.status !== 0) throw new Error(`${line}: status ${JSON.stringify(r)}\n${out}`);
  return out;
}

const state = (selected: string | null = null) => inspectorState(observeDocker(host)!, selected);

beforeAll(async () => {
  host = createHost({ seed: 3 });
  sh = createSession({ host, onOutput: (t) => (out += t) });
  await sh$('docker pull -q alpine:3.20');
  await sh$('docker volume create data');
  await sh$('docker volume create cache');
  await sh$('mkdir src && echo hi > src/f');
  await sh$(
    'docker run -d --name box -v data:/data -v /home/student/src:/src:ro --tmpfs /scratch ' +
      '--mount type=tmpfs,destination=/cache,readonly alpine:3.20 ' +
      "sh -c 'echo x > /etc/new && rm /etc/motd && mkdir /app && echo y > /data/v && sleep 1000'",
  );
}, 60_000);

describe('inspectorState', () => {
  it('a running container: layers as docker history, changes as docker diff, mounts as inspect', async () => {
    const s = state();
    const sel = s.selected!;
    expect(sel.name).toBe('box');
    expect(sel.id).toBe((await sh$("docker inspect --format '{{.Id}}' box")).trim());
    expect(sel.imageID).toBe((await sh$("docker image inspect --format '{{.Id}}' alpine:3.20")).trim());
    expect(sel.image).toBe('alpine:3.20');
    expect(sel.status).toBe((await sh$("docker inspect --format '{{.State.Status}}' box")).trim());

    // Bottom first: docker history's lines reversed.
    const history = (await sh$("docker history -H=false --no-trunc --format '{{.CreatedBy}}|{{.Size}}' alpine:3.20"))
      .trimEnd()
      .split('\n')
      .reverse();
    expect(sel.layers.map((l) => `${l.createdBy}|${l.size}`)).toEqual(history);
    // The layers that exist carry the image's DiffIDs in order; CMD is metadata only.
    const rootfs = JSON.parse(await sh$("docker image inspect --format '{{json .RootFS.Layers}}' alpine:3.20")) as string[];
    expect(sel.layers.filter((l) => !l.emptyLayer).map((l) => l.diffID)).toEqual(rootfs);
    expect(sel.layers.filter((l) => l.emptyLayer).map((l) => [l.createdBy, l.diffID, l.size])).toEqual([['CMD ["/bin/sh"]', '', 0]]);

    expect(sel.changes.map((c) => `${c.kind} ${c.path}\n`).join('')).toBe(await sh$('docker diff box'));
    expect(String(sel.sizeRw)).toBe((await sh$("docker inspect -s --format '{{.SizeRw}}' box")).trim());
    expect(sel.sizeRw).toBeGreaterThan(0);

    // Volumes and binds as inspect's Mounts says; tmpfs from --tmpfs and --mount type=tmpfs.
    const mounts = JSON.parse(await sh$("docker inspect --format '{{json .Mounts}}' box")) as Array<Record<string, unknown>>;
    const tmpfsFlags = JSON.parse(await sh$("docker inspect --format '{{json .HostConfig.Tmpfs}}' box")) as Record<string, string>;
    expect(mounts.map((m) => m.Type)).toEqual(['volume', 'bind', 'tmpfs']);
    expect(Object.keys(tmpfsFlags)).toEqual(['/scratch']);
    expect(sel.mounts).toEqual([
      { type: 'volume', source: mounts[0].Name, destination: mounts[0].Destination, rw: mounts[0].RW },
      { type: 'bind', source: mounts[1].Source, destination: mounts[1].Destination, rw: mounts[1].RW },
      { type: 'tmpfs', source: '', destination: '/scratch', rw: true },
      { type: 'tmpfs', source: '', destination: mounts[2].Destination, rw: mounts[2].RW },
    ]);
    expect(sel.mounts.map((m) => `${m.type} ${m.source} ${m.destination} ${m.rw}`)).toEqual([
      'volume data /data true',
      'bind /home/student/src /src false',
      'tmpfs  /scratch true',
      'tmpfs  /cache false',
    ]);

    expect(s.volumes).toEqual((await sh$("docker volume ls --format '{{.Name}}'")).trimEnd().split('\n').sort());
    expect(s.volumes).toEqual(['cache', 'data']);
  });

  it('a committed image: its new layer on top, containers newest first, images as docker images lists them', async () => {
    await sh$('docker commit box snap:v1');
    await sh$("docker run --name fromsnap snap:v1 sh -c 'rm -r /app'");
    const s = state();
    const ps = (await sh$("docker ps -a --format '{{.Names}} {{.Image}} {{.ID}}'")).trimEnd().split('\n');
    expect(s.containers.map((c) => `${c.name} ${c.image} ${c.id.slice(0, 12)}`)).toEqual(ps);
    const states = (await sh$("docker ps -a --format '{{.State}}'")).trimEnd().split('\n');
    expect(s.containers.map((c) => c.status)).toEqual(states);

    // The newest container is selected by default: three history entries, the commit's on top.
    const sel = s.selected!;
    expect(sel.name).toBe('fromsnap');
    const history = (await sh$("docker history -H=false --no-trunc --format '{{.CreatedBy}}|{{.Size}}' snap:v1"))
      .trimEnd()
      .split('\n')
      .reverse();
    expect(sel.layers.map((l) => `${l.createdBy}|${l.size}`)).toEqual(history);
    expect(sel.layers.map((l) => l.emptyLayer)).toEqual([false, true, false]);
    const rootfs = JSON.parse(await sh$("docker image inspect --format '{{json .RootFS.Layers}}' snap:v1")) as string[];
    expect(sel.layers.filter((l) => !l.emptyLayer).map((l) => l.diffID)).toEqual(rootfs);
    expect(sel.changes.map((c) => `${c.kind} ${c.path}\n`).join('')).toBe(await sh$('docker diff fromsnap'));
    expect(sel.changes[0]).toEqual({ kind: 'D', path: '/app' });
    expect(sel.mounts).toEqual([]);

    const images = (await sh$("docker images --no-trunc --format '{{.ID}} {{.Repository}}:{{.Tag}}'")).trimEnd().split('\n');
    expect(s.images.map((i) => `${i.id} ${i.tags.join(',')}`)).toEqual(images);
    for (const img of s.images) {
      expect(String(img.size)).toBe((await sh$(`docker image inspect --format '{{.Size}}' ${img.id}`)).trim());
    }
  });

  it('the page can select another container, by name or ID; an unknown one falls back to the newest', async () => {
    const id = (await sh$("docker inspect --format '{{.Id}}' box")).trim();
    expect(state('box').selected?.name).toBe('box');
    expect(state(id.slice(0, 6)).selected?.name).toBe('box');
    expect(state('nope').selected?.name).toBe('fromsnap');
  });

  it('after the container goes, the inspector has nothing selected; without containers, null', async () => {
    await sh$('docker rm -f box fromsnap');
    const s = state();
    expect(s.containers).toEqual([]);
    expect(s.selected).toBeNull();
    expect(s.images.map((i) => i.tags)).toEqual([['snap:v1'], ['alpine:3.20']]);
  });
});
