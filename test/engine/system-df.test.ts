/**
 * `docker system df` and `docker plugin ls` through a simulated host.
 *
 * Layouts and number rules were recorded with docker CLI 28.2.2 against the reference daemon
 * (dockerd 20.10, overlay2) with the same steps (`testbb` standing for busybox there):
 *   docker volume create v1; docker volume create v2
 *   docker run --name c1 -v v1:/data IMG sh -c 'echo hello > /data/a; head -c 3000 /dev/zero > /data/b; echo x > /rwfile'
 *   docker run --rm -v v2:/data IMG sh -c 'head -c 1234 /dev/zero > /data/z'
 * which printed `Containers 3 1 2B 2B (100%)` and `Local Volumes 2 1 4.24kB 1.234kB (29%)`, volume
 * rows `dfh_v1 1 3.006kB` / `dfh_v2 0 1.234kB`, and the section headers checked below. Rules from
 * docker/cli v28.5.2 cli/command/formatter/disk_usage.go and moby daemon/disk_usage.go:
 * - Images SIZE is every layer some image uses, once; RECLAIMABLE subtracts the unique size
 *   (SIZE - SHARED SIZE) of images that have containers, so a used image whose layers are all
 *   shared frees nothing of its own: here busybox is shared with the committed img2 → 100%.
 * - Containers RECLAIMABLE is the SizeRw of containers not running/paused/restarting.
 * - Local Volumes: RefCount > 0 is active (stopped containers count); options volumes are left out.
 */
import { describe, expect, it } from 'vitest';
import { engineSession, type EngineSession } from './engine-session.ts';

async function scene(): Promise<EngineSession> {
  const s = await engineSession();
  for (const line of [
    'docker volume create v1',
    'docker volume create v2',
    'docker volume create --opt type=tmpfs --opt device=tmpfs vopt',
    'docker run --name c1 -v v1:/data busybox sh -c "echo hello > /data/a; head -c 3000 /dev/zero > /data/b; echo x > /rwfile"',
    'docker run --rm -v v2:/data busybox sh -c "head -c 1234 /dev/zero > /data/z"',
    'docker run -d --name c2 busybox sleep 1000',
    'docker commit c1 img2',
  ]) {
    const r = await s.run(line);
    expect(r.status, `${line}: ${r.stderr}`).toBe(0);
  }
  return s;
}

describe('docker system df', () => {
  it('a fresh host: only the pulled image', async () => {
    const s = await engineSession();
    expect(await s.run('docker system df')).toEqual({
      stdout:
        'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
        'Images          1         0         4.27MB    4.27MB (100%)\n' +
        'Containers      0         0         0B        0B\n' +
        'Local Volumes   0         0         0B        0B\n' +
        'Build Cache     0         0         0B        0B\n',
      stderr: '',
      status: 0,
    });
  });

  it('counts shared layers once, container SizeRw and volume sizes', async () => {
    const s = await scene();
    expect((await s.run('docker system df')).stdout).toBe(
      'TYPE            TOTAL     ACTIVE    SIZE      RECLAIMABLE\n' +
        'Images          2         1         4.27MB    4.27MB (100%)\n' +
        'Containers      2         1         2B        2B (100%)\n' +
        'Local Volumes   2         1         4.24kB    1.234kB (29%)\n' +
        'Build Cache     0         0         0B        0B\n',
    );
    // Removing the stopped container frees its volume; a zero total prints no percentage.
    await s.run('docker rm c1');
    expect((await s.run('docker system df --format "{{.Type}}|{{.Active}}|{{.Reclaimable}}"')).stdout).toBe(
      'Images|1|4.27MB (100%)\nContainers|1|0B\nLocal Volumes|0|4.24kB (100%)\nBuild Cache|0|0B\n',
    );
  });

  it('-v prints the four sections', async () => {
    const s = await scene();
    const r = await s.run('docker system df -v');
    expect(r.status).toBe(0);
    const id = (name: string) => s.run(`docker inspect --format '{{.Id}}' ${name}`).then((x) => x.stdout.trim().replace(/^sha256:/, '').slice(0, 12));
    const [img2, busybox, c1, c2] = [await id('img2'), await id('busybox'), await id('c1'), await id('c2')];
    expect(r.stdout).toBe(
      'Images space usage:\n\n' +
        'REPOSITORY   TAG       IMAGE ID       CREATED                  SIZE      SHARED SIZE   UNIQUE SIZE   CONTAINERS\n' +
        `img2         latest    ${img2}   Less than a second ago   4.27MB    4.27MB        2B            0\n` +
        `busybox      latest    ${busybox}   15 months ago            4.27MB    4.27MB        0B            2\n` +
        '\nContainers space usage:\n\n' +
        'CONTAINER ID   IMAGE     COMMAND                  LOCAL VOLUMES   SIZE      CREATED                  STATUS                              NAMES\n' +
        `${c2}   busybox   "sleep 1000"             0               0B        Less than a second ago   Up Less than a second               c2\n` +
        `${c1}   busybox   "sh -c 'echo hello >…"   1               2B        Less than a second ago   Exited (0) Less than a second ago   c1\n` +
        '\nLocal Volumes space usage:\n\n' +
        'VOLUME NAME   LINKS     SIZE\n' +
        'v1            1         3.006kB\n' +
        'v2            0         1.234kB\n' +
        '\nBuild cache usage: 0B\n\n' +
        'CACHE ID   CACHE TYPE   SIZE      CREATED   LAST USED   USAGE     SHARED\n',
    );
  });

  it('--format json, raw and templates', async () => {
    const s = await scene();
    expect((await s.run('docker system df --format json')).stdout.split('\n')[2]).toBe(
      '{"Active":"1","Reclaimable":"1.234kB (29%)","Size":"4.24kB","TotalCount":"2","Type":"Local Volumes"}',
    );
    expect((await s.run('docker system df --format raw')).stdout).toContain('type: Containers\ntotal: 2\nactive: 1\nsize: 2B\nreclaimable: 2B (100%)\n\n');
    expect((await s.run('docker system df --format "table {{.Type}}\\t{{.Reclaimable}}"')).stdout).toBe(
      'TYPE            RECLAIMABLE\nImages          4.27MB (100%)\nContainers      2B (100%)\nLocal Volumes   1.234kB (29%)\nBuild Cache     0B\n',
    );
    // Verbose + template: run once over the whole data, no newline added.
    expect((await s.run('docker system df -v --format "{{len .Images}}"')).stdout).toBe('2');
    expect((await s.run('docker system df -v --format "{{range .Volumes}}{{.Name}} {{.Links}} {{.Size}}{{println}}{{end}}"')).stdout).toBe('v1 1 3.006kB\nv2 0 1.234kB\n');
    const json = JSON.parse((await s.run('docker system df -v --format json')).stdout);
    expect(Object.keys(json)).toEqual(['Images', 'Containers', 'Volumes', 'BuildCache']);
    expect(json.Volumes[0]).toEqual({ Availability: 'N/A', Driver: 'local', Group: 'N/A', Labels: '', Links: '1', Mountpoint: '/var/lib/docker/volumes/v1/_data', Name: 'v1', Scope: 'local', Size: '3.006kB', Status: 'N/A' });
    expect(json.Images[0].ID).toMatch(/^sha256:[0-9a-f]{64}$/);
    expect(json.Images[0].Digest).toBe('');
    expect(json.BuildCache).toEqual([]);
    const raw = (await s.run('docker system df -v --format raw')).stdout;
    expect(raw).toContain('type: Volume\nname: v1\ndriver: local\n\n');
    expect(raw).toMatch(/type: Image\nrepository: img2\ntag: latest\ndigest: \nimage_id: sha256:[0-9a-f]{64}\n/);
  });

  it('template errors', async () => {
    const s = await engineSession();
    expect(await s.run('docker system df --format "{{.Foo}}"')).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1:2: executing "" at <.Foo>: can\'t evaluate field Foo in type *formatter.diskUsageImagesContext\n',
      status: 1,
    });
    expect(await s.run('docker system df -v --format "table {{.Type}}"')).toEqual({
      stdout: '',
      stderr: 'template: :1:2: executing "" at <.Type>: can\'t evaluate field Type in type *formatter.diskUsageContext\n',
      status: 1,
    });
    expect((await s.run('docker system df --format "{{.Type"')).stderr).toBe('template parsing error: template: :1: unclosed action\n');
  });
});

describe('docker plugin ls', () => {
  it('an empty list (recorded from CLI 28.2.2)', async () => {
    const s = await engineSession({ images: [] });
    const header = 'ID        NAME      DESCRIPTION   ENABLED\n';
    expect(await s.run('docker plugin ls')).toEqual({ stdout: header, stderr: '', status: 0 });
    expect(await s.run('docker plugin list --no-trunc --filter enabled=true')).toEqual({ stdout: header, stderr: '', status: 0 });
    expect(await s.run('docker plugin ls -q')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await s.run('docker plugin ls --format json')).toEqual({ stdout: '', stderr: '', status: 0 });
    // moby v28 filters.invalidFilter is lower case (20.10 printed "Invalid filter 'foo'").
    expect(await s.run('docker plugin ls --filter foo=bar')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'foo'\n", status: 1 });
    expect(await s.run('docker plugin ls extra')).toEqual({
      stdout: '',
      stderr: "docker: 'docker plugin ls' accepts no arguments\n\nUsage:  docker plugin ls [OPTIONS]\n\nRun 'docker plugin ls --help' for more information\n",
      status: 1,
    });
  });
});
