/**
 * Local-driver NFS volumes against the simulated NFS server (volume/local/nfs.ts: the host itself
 * answers at 10.0.2.15 and on loopback, exporting /srv/nfs and /etc/exports' paths).
 *
 * Error texts follow moby v28.5.2 volume/local/local_unix.go (`failed to mount local volume:` +
 * moby/sys/mount's `mount <device>:<target>, data: <data>: <errno>`; a name in addr= that does not
 * resolve fails in getMountOptions, unwrapped), volume/mounts/mounts.go (`error while mounting
 * volume '<_data>'`) and the CLI's run error form; Go's errno and resolver texts were checked
 * with Go 1.19 (`lookup <name> on <dns>:53: no such host`, syscall error table). The reference
 * engine has no NFS client module, so the successful mount itself could not be recorded there.
 */
import { describe, expect, it } from 'vitest';
import { engineSession } from './engine-session.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';

const create = (name: string, addr: string, device: string) => `docker volume create --driver local --opt type=nfs --opt o=addr=${addr},rw --opt device=${device} ${name}`;
const runError = (name: string, cause: string) =>
  `docker: Error response from daemon: error while mounting volume '/var/lib/docker/volumes/${name}/_data': ${cause}\n\nRun 'docker run --help' for more information\n`;

describe('local driver type=nfs', () => {
  it('data written through the volume outlives every container and the volume', async () => {
    const s = await engineSession();
    expect((await s.run('sudo mkdir -p /srv/nfs/share')).status).toBe(0);
    expect(await s.run(create('nfsvol', '10.0.2.15', ':/srv/nfs/share'))).toEqual({ stdout: 'nfsvol\n', stderr: '', status: 0 });
    expect((await s.run('docker run --rm -v nfsvol:/data busybox sh -c "echo kept > /data/f"')).status).toBe(0);
    // A second container sees it while a third writes through another mount of the same export.
    expect((await s.run('docker run -d --name reader -v nfsvol:/data busybox sleep 1000')).status).toBe(0);
    expect((await s.run('docker exec reader cat /data/f')).stdout).toBe('kept\n');
    expect((await s.run('docker rm -f reader')).status).toBe(0);
    expect(await s.run('docker volume rm nfsvol')).toEqual({ stdout: 'nfsvol\n', stderr: '', status: 0 });
    // The data is the server's: still in the export on the host.
    expect(s.host.fs(ROOT).readText('/srv/nfs/share/f')).toBe('kept\n');
    expect((await s.run('cat /srv/nfs/share/f')).stdout).toBe('kept\n');
    // A new volume on the same export finds it; a host name from /etc/hosts works as addr=.
    expect((await s.run(create('again', 'localhost', ':/srv/nfs/share'))).status).toBe(0);
    expect((await s.run('docker run --rm -v again:/data busybox cat /data/f')).stdout).toBe('kept\n');
    // Volumes with driver options are not counted by system df (LocalVolumesSize).
    expect((await s.run('docker system df --format "{{.Type}} {{.TotalCount}}"')).stdout).toContain('Local Volumes 0\n');
  });

  it('the mount happens at start: create succeeds, run reports the mount error', async () => {
    const s = await engineSession();
    await s.run('sudo mkdir -p /srv/nfs/share');
    // The exit status is the CLI's toStatusError (run.go): 127 when the text says "no such file
    // or directory", 126 for "permission denied", else 125.
    const cases: Array<[string, string, string, string, number]> = [
      ['far', '10.0.2.99', ':/srv/nfs/share', 'failed to mount local volume: mount :/srv/nfs/share:/var/lib/docker/volumes/far/_data, data: addr=10.0.2.99: no route to host', 125],
      ['gw', '10.0.2.2', ':/srv/nfs/share', 'failed to mount local volume: mount :/srv/nfs/share:/var/lib/docker/volumes/gw/_data, data: addr=10.0.2.2: connection refused', 125],
      ['wan', '192.0.2.10', ':/srv/nfs/share', 'failed to mount local volume: mount :/srv/nfs/share:/var/lib/docker/volumes/wan/_data, data: addr=192.0.2.10: connection timed out', 125],
      ['notexp', '10.0.2.15', ':/etc', 'failed to mount local volume: mount :/etc:/var/lib/docker/volumes/notexp/_data, data: addr=10.0.2.15: permission denied', 126],
      ['missing', '10.0.2.15', ':/srv/nfs/nope', 'failed to mount local volume: mount :/srv/nfs/nope:/var/lib/docker/volumes/missing/_data, data: addr=10.0.2.15: no such file or directory', 127],
      ['noname', 'nfs-server', ':/srv/nfs/share', 'error resolving passed in network volume address: lookup nfs-server on 10.0.2.3:53: no such host', 125],
    ];
    for (const [name, addr, device, cause, status] of cases) {
      expect(await s.run(create(name, addr, device))).toEqual({ stdout: `${name}\n`, stderr: '', status: 0 });
      expect(await s.run(`docker run --rm -v ${name}:/data busybox true`)).toEqual({ stdout: '', stderr: runError(name, cause), status });
    }
    // Without addr= the kernel has no server address.
    await s.run('docker volume create --opt type=nfs --opt device=:/srv/nfs/share noaddr');
    expect((await s.run('docker run --rm -v noaddr:/data busybox true')).stderr).toBe(
      runError('noaddr', 'failed to mount local volume: mount :/srv/nfs/share:/var/lib/docker/volumes/noaddr/_data: invalid argument'),
    );
    // A failed mount leaves nothing held: the volumes can be removed.
    expect((await s.run('docker volume rm far gw')).stdout).toBe('far\ngw\n');
  });

  it('/etc/exports adds exports; (ro) mounts read-only', async () => {
    const s = await engineSession();
    await s.run('sudo mkdir -p /export/docs');
    await s.run('echo hi | sudo tee /export/docs/readme >/dev/null');
    await s.run("echo '/export/docs 10.0.2.0/24(ro,sync)' | sudo tee /etc/exports >/dev/null");
    await s.run(create('docs', '10.0.2.15', ':/export/docs'));
    expect((await s.run('docker run --rm -v docs:/d busybox cat /d/readme')).stdout).toBe('hi\n');
    const w = await s.run('docker run --rm -v docs:/d busybox touch /d/x');
    expect(w.stderr).toBe("touch: /d/x: Read-only file system\n");
    expect(w.status).toBe(1);
  });
});
