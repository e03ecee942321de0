/**
 * Volumes, bind mounts and tmpfs through a simulated host (a shell session as `student`).
 *
 * Expected texts were recorded on the reference engine (docker CLI 28.2.2, dockerd 20.10, runc
 * 1.1.5) by running the same command lines as `student`, with `alpine` standing for the catalog's
 * alpine image loaded there. Where Engine 28 differs from 20.10 the expectation follows the moby
 * v28.5.2 / runc v1.3.3 source, said so next to it:
 * - anonymous volumes carry the label com.docker.volume.anonymous (volume/service/service.go:63);
 * - `docker volume prune` removes only anonymous volumes unless -a (API >= 1.42);
 * - a tmpfs mount takes the mode of the directory it covers (runc 1.2+ rootfs_linux.go).
 */
import { describe, expect, it } from 'vitest';
import { imageHost, type ImageHost } from './image-fixture.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';
import { restoreHost } from '../../sandbox-engine/host/host.ts';
import { DOCKER_SOCKET } from '../../sandbox-engine/daemon/install.ts';
import type { Daemon } from '../../sandbox-engine/daemon/daemon.ts';

const help = (cmd: string) => `\n\nRun 'docker ${cmd} --help' for more information\n`;
const ID = /[0-9a-f]{64}/g;

async function alpine(): Promise<ImageHost> {
  return imageHost({ images: ['alpine'] });
}

describe('docker volume create / ls / inspect / rm', () => {
  it('named, anonymous, labels and options', async () => {
    const h = await alpine();
    expect(await h.run('docker volume create vh-a')).toEqual({ stdout: 'vh-a\n', stderr: '', status: 0 });
    const anon = (await h.run('docker volume create')).stdout.trim();
    expect(anon).toMatch(/^[0-9a-f]{64}$/);
    expect((await h.run('docker volume create --label x=y --label z -o type=tmpfs -o device=tmpfs vh-b')).stdout).toBe('vh-b\n');
    // Re-creating is idempotent and changes nothing.
    expect((await h.run('docker volume create --label q=1 vh-a')).stdout).toBe('vh-a\n');
    expect((await h.run('docker volume ls')).stdout).toBe(`DRIVER    VOLUME NAME\nlocal     ${anon}\nlocal     vh-a\nlocal     vh-b\n`);
    expect((await h.run('docker volume ls -q')).stdout).toBe(`${anon}\nvh-a\nvh-b\n`);
    const inspect = await h.run('docker volume inspect vh-a vh-b');
    expect(inspect.stdout).toBe(
      '[\n    {\n        "CreatedAt": "2026-01-05T09:00:00Z",\n        "Driver": "local",\n        "Labels": null,\n        "Mountpoint": "/var/lib/docker/volumes/vh-a/_data",\n        "Name": "vh-a",\n        "Options": null,\n        "Scope": "local"\n    },\n' +
        '    {\n        "CreatedAt": "2026-01-05T09:00:00Z",\n        "Driver": "local",\n        "Labels": {\n            "x": "y",\n            "z": ""\n        },\n        "Mountpoint": "/var/lib/docker/volumes/vh-b/_data",\n        "Name": "vh-b",\n        "Options": {\n            "device": "tmpfs",\n            "type": "tmpfs"\n        },\n        "Scope": "local"\n    }\n]\n',
    );
    // Engine 28: an unnamed volume is anonymous.
    expect((await h.run(`docker volume inspect -f '{{json .Labels}}' ${anon}`)).stdout).toBe('{"com.docker.volume.anonymous":""}\n');
    expect((await h.run("docker volume inspect -f '{{.Name}} {{.Labels}} {{json .Options}}' vh-a vh-b")).stdout).toBe(
      'vh-a map[] null\nvh-b map[x:y z:] {"device":"tmpfs","type":"tmpfs"}\n',
    );
    expect((await h.run('docker volume ls --format json -f name=vh-b')).stdout).toBe(
      '{"Availability":"N/A","Driver":"local","Group":"N/A","Labels":"x=y,z=","Links":"N/A","Mountpoint":"/var/lib/docker/volumes/vh-b/_data","Name":"vh-b","Scope":"local","Size":"N/A","Status":"N/A"}\n',
    );
    expect((await h.run("docker volume ls --format '{{.Name}}|{{.Label \"x\"}}|{{.Scope}}|{{.Size}}' -f label=x=y")).stdout).toBe('vh-b|y|local|N/A\n');
    expect((await h.run("docker volume ls --format 'table {{.Name}}\\t{{.Labels}}' -f name=vh")).stdout).toBe(
      'VOLUME NAME   LABELS\nvh-a          \nvh-b          x=y,z=\n',
    );
    // The data root's volumes/ directory: the volume dirs, metadata.db and the quota probe node.
    expect((await h.run('sudo ls /var/lib/docker/volumes')).stdout).toBe(`${anon}\nbackingFsBlockDev\nmetadata.db\nvh-a\nvh-b\n`);
    expect((await h.run('sudo ls -l /var/lib/docker/volumes/vh-b')).stdout).toBe(
      'total 8\ndrwxr-xr-x 2 root root 4096 Jan  5 09:00 _data\n-rw------- 1 root root   77 Jan  5 09:00 opts.json\n',
    );
    expect((await h.run('sudo cat /var/lib/docker/volumes/vh-b/opts.json')).stdout).toBe('{"MountType":"tmpfs","MountOpts":"","MountDevice":"tmpfs","Quota":{"Size":0}}');
    expect(await h.run('docker volume rm vh-a nope vh-b')).toEqual({ stdout: 'vh-a\nvh-b\n', stderr: 'Error response from daemon: get nope: no such volume\n', status: 1 });
    expect(await h.run('docker volume rm -f nope')).toEqual({ stdout: 'nope\n', stderr: '', status: 0 });
    expect(await h.run('docker volume inspect nope')).toEqual({ stdout: '[]\n', stderr: 'Error response from daemon: get nope: no such volume\n', status: 1 });
    expect(h.host.fs(ROOT).exists('/var/lib/docker/volumes/vh-b')).toBe(false);
  });

  it('create errors', async () => {
    const h = await alpine();
    const err = async (args: string) => {
      const r = await h.run(`docker volume create ${args}`);
      return [r.stderr, r.status];
    };
    expect(await err('-d nope vh-c')).toEqual(['Error response from daemon: create vh-c: error looking up volume plugin nope: plugin "nope" not found\n', 1]);
    expect(await err('x')).toEqual(['Error response from daemon: create x: volume name is too short, names should be at least two alphanumeric characters\n', 1]);
    expect(await err("'a b'")).toEqual([
      'Error response from daemon: create a b: "a b" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path\n',
      1,
    ]);
    expect(await err('-o foo=bar vh-d')).toEqual(['Error response from daemon: create vh-d: invalid option: "foo"\n', 1]);
    expect(await err('-o type=tmpfs vh-d')).toEqual(['Error response from daemon: create vh-d: missing required option: "device"\n', 1]);
    expect(await err('-o device=x vh-d')).toEqual(['Error response from daemon: create vh-d: missing required option: "type"\n', 1]);
    expect(await err('-o o=x vh-d')).toEqual(['Error response from daemon: create vh-d: missing required option: "device"\n', 1]);
    expect((await h.run('docker volume ls -q')).stdout).toBe('');
  });

  it('ls filters', async () => {
    const h = await alpine();
    await h.run('docker volume create --label x=y vh-1; docker volume create vh-2; docker volume create vh-10');
    await h.run('docker create --name c1 -v vh-1:/d alpine true');
    expect((await h.run('docker volume ls -q')).stdout).toBe('vh-1\nvh-2\nvh-10\n');
    expect((await h.run('docker volume ls -q -f dangling=true')).stdout).toBe('vh-2\nvh-10\n');
    expect((await h.run('docker volume ls -q -f dangling=false')).stdout).toBe('vh-1\n');
    expect((await h.run("docker volume ls -q -f 'name=1$'")).stdout).toBe('vh-1\n');
    expect((await h.run('docker volume ls -q -f label=x -f driver=local')).stdout).toBe('vh-1\n');
    expect((await h.run('docker volume ls -q -f driver=xx')).stdout).toBe('');
    // Engine 28 words filter errors in lower case (api/types/filters/errors.go).
    expect(await h.run('docker volume ls -f dangling=maybe')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'dangling=[maybe]'\n", status: 1 });
    expect(await h.run('docker volume ls -f bogus=1')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'bogus'\n", status: 1 });
  });

  it('a volume in use cannot be removed, with or without -f', async () => {
    const h = await alpine();
    await h.run('docker create --name u1 -v vh-n1:/x alpine true; docker create --name u2 -v vh-n1:/x alpine true');
    const ids = [(await h.run('docker inspect -f {{.Id}} u1')).stdout.trim(), (await h.run('docker inspect -f {{.Id}} u2')).stdout.trim()];
    const msg = `Error response from daemon: remove vh-n1: volume is in use - [${ids.join(', ')}]\n`;
    expect(await h.run('docker volume rm vh-n1')).toEqual({ stdout: '', stderr: msg, status: 1 });
    expect(await h.run('docker volume rm -f vh-n1')).toEqual({ stdout: '', stderr: msg, status: 1 });
    await h.run('docker rm u1 u2');
    expect((await h.run('docker volume rm vh-n1')).stdout).toBe('vh-n1\n');
  });

  it('prune: anonymous only by default (Engine 28), -a for all unused, prompts', async () => {
    const h = await alpine();
    await h.run('docker volume create vh-p1; docker volume create vh-p2; docker volume create');
    await h.run("docker run --name keep -v /anon2 alpine true; docker run --rm -v vh-p1:/x alpine sh -c 'echo hello > /x/f; head -c 1000 /dev/zero > /x/g'");
    const anon = (await h.run('docker volume ls -q -f dangling=true -f label=com.docker.volume.anonymous')).stdout.trim();
    expect(await h.run('docker volume prune -f')).toEqual({ stdout: `Deleted Volumes:\n${anon}\n\nTotal reclaimed space: 0B\n`, stderr: '', status: 0 });
    expect(await h.run('echo n | docker volume prune')).toEqual({
      stdout: 'WARNING! This will remove anonymous local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ',
      stderr: '',
      status: 0,
    });
    expect((await h.run('echo n | docker volume prune -a')).stdout).toBe(
      'WARNING! This will remove all local volumes not used by at least one container.\nAre you sure you want to continue? [y/N] ',
    );
    expect(await h.run('docker volume prune -a -f --filter all=1')).toEqual({ stdout: '', stderr: 'conflicting options: cannot specify both --all and --filter all=1\n', status: 1 });
    expect((await h.run('docker volume prune -f --filter all=maybe')).stderr).toBe(
      'Error response from daemon: invalid filter \'all\': strconv.ParseBool: parsing "maybe": invalid syntax\n',
    );
    expect((await h.run('docker volume prune -f --filter dangling=true')).stderr).toBe("Error response from daemon: invalid filter 'dangling'\n");
    // Recorded: 6 + 1000 bytes of files → 1.006kB (directory.Size).
    expect((await h.run('docker volume prune -a -f')).stdout).toBe('Deleted Volumes:\nvh-p1\nvh-p2\n\nTotal reclaimed space: 1.006kB\n');
    expect((await h.run('docker volume ls -q | wc -l')).stdout).toBe('1\n');
    expect((await h.run('docker volume prune -f')).stdout).toBe('Total reclaimed space: 0B\n');
  });
});

describe('docker run -v / --mount / --tmpfs', () => {
  it('the create request and the Mounts of inspect', async () => {
    const h = await alpine();
    await h.run('mkdir -p /tmp/vh-host');
    await h.run(
      'docker create --name c1 -v /d1 -v vh-n1:/d2 -v vh-n2:/d3:ro -v /tmp/vh-host:/d4 -v /tmp/vh-host:/d5:ro,z --mount type=volume,dst=/m1 --mount type=volume,src=vh-n3,dst=/m2,volume-label=a=b,volume-nocopy --mount type=bind,src=/tmp/vh-host,dst=/m3,readonly --mount type=tmpfs,dst=/m4,tmpfs-size=64m,tmpfs-mode=1770 --tmpfs /t1 --tmpfs /t2:rw,size=10k alpine true',
    );
    expect((await h.run("docker inspect -f '{{json .HostConfig.Mounts}}' c1")).stdout).toBe(
      '[{"Type":"volume","Target":"/m1"},{"Type":"volume","Source":"vh-n3","Target":"/m2","VolumeOptions":{"NoCopy":true,"Labels":{"a":"b"},"DriverConfig":{}}},{"Type":"bind","Source":"/tmp/vh-host","Target":"/m3","ReadOnly":true},{"Type":"tmpfs","Target":"/m4","TmpfsOptions":{"SizeBytes":67108864,"Mode":1016}}]\n',
    );
    expect((await h.run("docker inspect -f '{{json .HostConfig.Tmpfs}} {{json .Config.Volumes}}' c1")).stdout).toBe('{"/t1":"","/t2":"rw,size=10k"} {"/d1":{}}\n');
    // Mounts is built from a map in moby: compared as a set.
    const mounts = (await h.run("docker inspect -f '{{range .Mounts}}{{json .}}\n{{end}}' c1")).stdout.replace(ID, '<id>').trim().split('\n').sort();
    expect(mounts).toEqual(
      [
        '{"Type":"volume","Name":"vh-n1","Source":"/var/lib/docker/volumes/vh-n1/_data","Destination":"/d2","Driver":"local","Mode":"z","RW":true,"Propagation":""}',
        '{"Type":"volume","Name":"vh-n2","Source":"/var/lib/docker/volumes/vh-n2/_data","Destination":"/d3","Driver":"local","Mode":"ro","RW":false,"Propagation":""}',
        '{"Type":"volume","Name":"<id>","Source":"/var/lib/docker/volumes/<id>/_data","Destination":"/m1","Driver":"local","Mode":"z","RW":true,"Propagation":""}',
        '{"Type":"volume","Name":"vh-n3","Source":"/var/lib/docker/volumes/vh-n3/_data","Destination":"/m2","Driver":"local","Mode":"z","RW":true,"Propagation":""}',
        '{"Type":"tmpfs","Source":"","Destination":"/m4","Mode":"","RW":true,"Propagation":""}',
        '{"Type":"volume","Name":"<id>","Source":"/var/lib/docker/volumes/<id>/_data","Destination":"/d1","Driver":"local","Mode":"","RW":true,"Propagation":""}',
        '{"Type":"bind","Source":"/tmp/vh-host","Destination":"/d5","Mode":"ro,z","RW":false,"Propagation":"rprivate"}',
        '{"Type":"bind","Source":"/tmp/vh-host","Destination":"/d4","Mode":"","RW":true,"Propagation":"rprivate"}',
        '{"Type":"bind","Source":"/tmp/vh-host","Destination":"/m3","Mode":"","RW":false,"Propagation":"rprivate"}',
      ].sort(),
    );
    // rm -v: the two anonymous volumes go, the named ones stay.
    expect((await h.run('docker volume ls -q | wc -l')).stdout).toBe('5\n');
    await h.run('docker rm -v c1');
    expect((await h.run('docker volume ls -q')).stdout).toBe('vh-n1\nvh-n2\nvh-n3\n');
    expect((await h.run("docker volume inspect -f '{{json .Labels}}' vh-n3")).stdout).toBe('{"a":"b"}\n');
  });

  it('-v and --mount errors', async () => {
    const h = await alpine();
    const run = async (flags: string) => {
      const r = await h.run(`docker run --rm ${flags} alpine true`);
      return [r.stderr, r.status];
    };
    const daemon = (msg: string) => [`docker: Error response from daemon: ${msg}${help('run')}`, 125];
    expect(await run("-v '/foo:rw'")).toEqual(daemon("invalid volume specification: '/foo:rw'"));
    expect(await run("-v 'a::b'")).toEqual(daemon('invalid mode: b'));
    expect(await run("-v '/x:/y:/z:/w'")).toEqual([`docker: invalid spec: /x:/y:/z:/w: too many colons${help('run')}`, 125]);
    expect(await run("-v ':/y'")).toEqual([`docker: invalid spec: :/y: empty section between colons${help('run')}`, 125]);
    expect(await run("-v 'vh-n1:/'")).toEqual(
      daemon("invalid volume specification: 'vh-n1:/': invalid mount config for type \"volume\": invalid specification: destination can't be '/'"),
    );
    expect(await run("-v 'a b:/y'")).toEqual(
      daemon('create a b: "a b" includes invalid characters for a local volume name, only "[a-zA-Z0-9][a-zA-Z0-9_.-]" are allowed. If you intended to pass a host directory, use absolute path'),
    );
    expect(await run('--mount type=bind')).toEqual([
      `invalid argument "type=bind" for "--mount" flag: target is required\n\nUsage:  docker run [OPTIONS] IMAGE [COMMAND] [ARG...]${help('run')}`,
      125,
    ]);
    expect(await run('--mount type=bind,src=/nonexist,dst=/x')).toEqual(daemon('invalid mount config for type "bind": bind source path does not exist: /nonexist'));
    expect(await run('--mount type=volume,dst=/x,ro')).toEqual(daemon('invalid mount config for type "volume": must not set ReadOnly mode when using anonymous volumes'));
    expect(await run('-v /d:/tmp --tmpfs /tmp')).toEqual(daemon('Duplicate mount point: /tmp'));
    expect(await run('-v /d:/tmp --mount type=tmpfs,dst=/tmp')).toEqual(daemon('Duplicate mount point: /tmp'));
    expect(await run('--mount type=tmpfs,dst=/tmp --mount type=tmpfs,dst=/tmp')).toEqual(daemon('Duplicate mount point: /tmp'));
    expect(await run('--mount type=tmpfs,dst=/tmp --tmpfs /tmp')).toEqual(['', 0]);
    expect(await run('--volumes-from nope')).toEqual(daemon('No such container: nope'));
    expect(await run("--volumes-from ''")).toEqual(daemon('volumes-from specification cannot be an empty string'));
    // A failed create leaves no container and no anonymous volume behind.
    expect((await h.run('docker ps -aq; docker volume ls -q')).stdout).toBe('');
  });

  it('read-only mounts and --read-only: the program reports EROFS', async () => {
    const h = await alpine();
    const r = await h.run("docker run --rm -v vh-n2:/d3:ro alpine sh -c 'touch /d3/x; echo hi > /d3/y; mkdir /d3/z; rm /d3/nothing; echo $?'");
    expect(r.stdout).toBe('1\n');
    expect(r.stderr).toBe(
      "touch: /d3/x: Read-only file system\nsh: can't create /d3/y: Read-only file system\nmkdir: can't create directory '/d3/z': Read-only file system\nrm: can't remove '/d3/nothing': No such file or directory\n",
    );
    const ro = await h.run("docker run --rm --read-only -v /data --tmpfs /run alpine sh -c 'touch /x; echo ok > /data/f; echo ok > /run/f; cat /data/f /run/f'");
    expect([ro.stdout, ro.stderr]).toEqual(['ok\nok\n', 'touch: /x: Read-only file system\n']);
  });

  it('tmpfs: empty at every start, never in diff or commit; its mode', async () => {
    const h = await alpine();
    expect((await h.run("docker run --name tm --tmpfs /cache alpine sh -c 'ls /cache; echo x > /cache/f; ls /cache'")).stdout).toBe('f\n');
    expect((await h.run('docker start -a tm')).stdout).toBe('f\n');
    expect((await h.run('docker diff tm')).stdout).toBe('A /cache\n');
    // runc 1.2+: a new mount point is 0755 and the tmpfs takes that mode; tmpfs-mode / mode= win.
    // The reference's runc 1.1.5 showed 1777 for /t1 and /t2; the sizes are tmpfs's (40 empty).
    const ls = await h.run('docker run --rm --mount type=tmpfs,dst=/m4,tmpfs-size=64m,tmpfs-mode=1770 --tmpfs /t2:rw,size=10k --tmpfs /t1 --tmpfs /tmp alpine ls -ld /m4 /t1 /t2 /tmp');
    expect(ls.stdout.replace(/Jan  5 09:\d\d/g, 'DATE')).toBe(
      'drwxrwx--T    2 root     root            40 DATE /m4\ndrwxr-xr-x    2 root     root            40 DATE /t1\ndrwxr-xr-x    2 root     root            40 DATE /t2\ndrwxrwxrwt    2 root     root            40 DATE /tmp\n',
    );
  });

  it('volumes-from shares every mount point; :ro makes them read-only', async () => {
    const h = await alpine();
    await h.run('mkdir -p /tmp/vh-host; docker create --name bm -v /tmp/vh-host:/b -v vh-n5:/n alpine true');
    const r = await h.run("docker run --rm --volumes-from bm:ro alpine sh -c 'ls -d /n; touch /b/x'");
    expect([r.stdout, r.stderr, r.status]).toEqual(['/n\n', 'touch: /b/x: Read-only file system\n', 1]);
    await h.run('docker run --name vf --volumes-from bm:ro alpine true');
    // Recorded: the copies keep Type, Name, Source, Driver and Propagation, not the Mode.
    expect((await h.run("docker inspect -f '{{json .Mounts}} {{json .HostConfig.VolumesFrom}}' vf")).stdout).toBe(
      '[{"Type":"bind","Source":"/tmp/vh-host","Destination":"/b","Mode":"","RW":false,"Propagation":"rprivate"},{"Type":"volume","Name":"vh-n5","Source":"/var/lib/docker/volumes/vh-n5/_data","Destination":"/n","Driver":"local","Mode":"","RW":false,"Propagation":""}] ["bm:ro"]\n',
    );
    // An inherited anonymous volume goes with the last container that uses it (rm -v).
    await h.run('docker create --name box -v /share alpine true; docker run --name AA --volumes-from box alpine touch /share/wine');
    const before = Number((await h.run('docker volume ls -q | wc -l')).stdout);
    await h.run('docker rm -v box');
    expect(Number((await h.run('docker volume ls -q | wc -l')).stdout)).toBe(before);
    await h.run('docker rm -v AA');
    expect(Number((await h.run('docker volume ls -q | wc -l')).stdout)).toBe(before - 1);
    // moby issue 35194 (still open in 28): a --mount tmpfs of the source has no volume to get.
    await h.run('docker create --name tm2 --mount type=tmpfs,dst=/m alpine true');
    const vf = await h.run('docker create --volumes-from tm2 alpine true');
    expect(vf.stderr).toContain('Error response from daemon: get: no such volume\n');
  });
});

describe('copy on first mount, image VOLUME, diff and commit', () => {
  it('an empty volume gets the image content at create; nocopy and non-empty volumes do not', async () => {
    const h = await alpine();
    await h.run('docker create --name d1 -v vh-pop:/etc/apk alpine true');
    expect((await h.run('sudo ls /var/lib/docker/volumes/vh-pop/_data')).stdout).toBe('arch\nkeys\nprotected_paths.d\nrepositories\nworld\n');
    // Recorded: an empty directory keeps the image's times and mode (/tmp: 1777).
    await h.run('docker run --rm -v vh-tmpv:/tmp alpine true');
    expect((await h.run('sudo ls -ld /var/lib/docker/volumes/vh-tmpv/_data')).stdout).toBe('drwxrwxrwt 2 root root 4096 Sep  6  2024 /var/lib/docker/volumes/vh-tmpv/_data\n');
    expect((await h.run('docker run --rm -v vh-pop:/etc/ssl alpine ls /etc/ssl')).stdout).toBe('arch\nkeys\nprotected_paths.d\nrepositories\nworld\n');
    expect((await h.run('docker run --rm -v vh-nc:/etc/apk:nocopy alpine ls /etc/apk')).stdout).toBe('');
    expect((await h.run('docker run --rm --mount type=volume,src=vh-nc2,dst=/etc/apk,volume-nocopy alpine ls /etc/apk')).stdout).toBe('');
    const r = await h.run('docker run --name pw -v vh-pw:/etc/passwd alpine true');
    expect(r.stderr).toMatch(/^docker: Error response from daemon: source \/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/merged\/etc\/passwd is not directory\n/);
    expect((await h.run('docker ps -a --format {{.Names}}')).stdout).toBe('d1\n');
  });

  it('image VOLUME: anonymous volumes at create, a file is refused, mount points in diff at start', async () => {
    const h = await alpine();
    await h.run('docker create --name base alpine true');
    await h.run('docker commit --change \'VOLUME ["/etc", "/newdir", "/var/log/"]\' base volimg; docker commit --change \'VOLUME /etc/passwd\' base volfile');
    const f = await h.run('docker run --name f1 volfile true');
    expect(f.stderr).toMatch(/^docker: Error response from daemon: cannot mount volume over existing file, file exists \/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/merged\/etc\/passwd\n/);
    const i1 = await h.run("docker run --name i1 volimg sh -c 'ls /newdir /var/log; ls /etc | head -3; echo x > /newdir/y'");
    expect(i1.stdout).toBe('/newdir:\n\n/var/log:\nalpine-release\napk\ncrontabs\n');
    expect((await h.run("docker inspect -f '{{json .Config.Volumes}}' i1")).stdout).toBe('{"/etc":{},"/newdir":{},"/var/log/":{}}\n');
    expect((await h.run('docker diff i1')).stdout).toBe('A /newdir\n');
    await h.run('docker commit i1 snap');
    expect((await h.run('docker run --rm snap ls /newdir')).stdout).toBe('');
    await h.run('docker rm -v i1');
    expect((await h.run('docker volume ls -q | wc -l')).stdout).toBe('0\n');
  });

  it('mount points are made at start, in the container layer or in the mount below', async () => {
    const h = await alpine();
    await h.run('docker create --name d1 -v /a/b/c -v /etc/apk:/mnt/x/y -v vh-pop2:/etc/apk --tmpfs /t/u --mount type=tmpfs,dst=/m/n alpine true');
    expect((await h.run('docker diff d1')).stdout).toBe('');
    await h.run('docker start d1');
    expect((await h.run('docker diff d1 | sort')).stdout).toBe('A /a\nA /a/b\nA /a/b/c\nA /m\nA /m/n\nA /mnt/x\nA /mnt/x/y\nA /t\nA /t/u\nC /mnt\n');
  });
});

describe('bind mounts', () => {
  it('the host directory, ownership, a missing -v source is created, --mount refuses', async () => {
    const h = await alpine();
    await h.run('cd /tmp && mkdir vh5 && cd vh5');
    await h.run("docker run --rm -v ./out:/out alpine sh -c 'mkdir /out/sub; echo hi > /out/sub/f; echo top > /out/t'");
    expect((await h.run('ls -l out')).stdout).toBe('total 8\ndrwxr-xr-x 2 root root 4096 Jan  5 09:00 sub\n-rw-r--r-- 1 root root    4 Jan  5 09:00 t\n');
    // out/ was made by the daemon as root: student cannot delete in it without sudo.
    expect(await h.run('rm -f out/t')).toEqual({ stdout: '', stderr: "rm: cannot remove 'out/t': Permission denied\n", status: 1 });
    expect((await h.run('sudo rm -rf out; ls')).stdout).toBe('');
    expect((await h.run('docker run --rm -v "$PWD/newdir/deep:/x" alpine ls -ld /x')).stdout).toBe('drwxr-xr-x    2 root     root          4096 Jan  5 09:00 /x\n');
    expect((await h.run('ls -ld newdir/deep')).stdout).toBe('drwxr-xr-x 2 root root 4096 Jan  5 09:00 newdir/deep\n');
    expect(await h.run('docker run --rm --mount type=bind,src=$PWD/nothere,dst=/x alpine true')).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: invalid mount config for type "bind": bind source path does not exist: /tmp/vh5/nothere${help('run')}`,
      status: 125,
    });
  });

  it('changes are seen both ways at once; a bind hides what the image had there', async () => {
    const h = await alpine();
    await h.run('mkdir share; echo v1 > share/f');
    await h.run('docker run -d --name live -v $PWD/share:/etc/apk alpine sleep 1000');
    expect((await h.run('docker exec live ls /etc/apk')).stdout).toBe('f\n');
    await h.run('echo v2 > share/f');
    expect((await h.run('docker exec live cat /etc/apk/f')).stdout).toBe('v2\n');
    await h.run("docker exec live sh -c 'echo from-container > /etc/apk/g'");
    expect((await h.run('cat share/g; ls -l share/g')).stdout).toBe('from-container\n-rw-r--r-- 1 root root 15 Jan  5 09:00 share/g\n');
    expect((await h.run('docker diff live')).stdout).toBe('');
  });
});

describe('start-time checks', () => {
  it('tmpfs destinations at create, tmpfs options at start (MergeTmpfsOptions: the last ro/rw wins)', async () => {
    const h = await alpine();
    const run = async (flags: string, cmd = 'true') => {
      const r = await h.run(`docker run --rm ${flags} alpine ${cmd}`);
      return [r.stderr, r.status];
    };
    const daemon = (msg: string) => [`docker: Error response from daemon: ${msg}${help('run')}`, 125];
    expect(await run('--tmpfs rel')).toEqual(daemon("invalid mount path: 'rel' mount path must be absolute"));
    expect(await run('--tmpfs /')).toEqual(daemon("invalid specification: destination can't be '/'"));
    expect(await run('--tmpfs /x:bogus=1')).toEqual(daemon('invalid tmpfs option ["bogus" "1"]'));
    expect(await run('--tmpfs /x:bogus')).toEqual(daemon('invalid tmpfs option ["bogus"]'));
    expect(await run('--tmpfs /x:ro,rw', 'touch /x/f')).toEqual(['', 0]);
    expect(await run('--tmpfs /x:rw,ro', 'touch /x/f')).toEqual(['touch: /x/f: Read-only file system\n', 1]);
  });

  it('volume-subpath (Engine 28): a directory of the volume, which must exist inside it', async () => {
    const h = await alpine();
    await h.run('docker run --rm -v vs:/d alpine mkdir -p /d/sub/x; docker run --rm -v vs:/d alpine ln -s /etc /d/esc');
    expect((await h.run('docker run --rm --mount type=volume,src=vs,dst=/m,volume-subpath=sub alpine ls /m')).stdout).toBe('x\n');
    // moby v28.5.2 internal/safepath errors.go.
    expect((await h.run('docker run --mount type=volume,src=vs,dst=/m,volume-subpath=nope/deeper alpine true')).stderr).toBe(
      `docker: Error response from daemon: cannot access path /var/lib/docker/volumes/vs/_data/nope/deeper: lstat /var/lib/docker/volumes/vs/_data/nope: no such file or directory${help('run')}`,
    );
    expect((await h.run('docker run --mount type=volume,src=vs,dst=/m,volume-subpath=esc alpine true')).stderr).toBe(
      `docker: Error response from daemon: path concatenation escapes the base directory, base: /var/lib/docker/volumes/vs/_data, subpath: esc${help('run')}`,
    );
  });

  it('config.v2.json keeps the mount points by destination (recorded from the reference data root)', async () => {
    const h = await alpine();
    await h.run('mkdir -p /tmp/vh-host');
    const id = (await h.run('docker create -v /anon -v vh-cfgv:/data:ro -v /tmp/vh-host:/b --mount type=tmpfs,dst=/t,tmpfs-size=1m alpine true')).stdout.trim();
    const cfg = JSON.parse(h.host.fs(ROOT).readText(`/var/lib/docker/containers/${id}/config.v2.json`)) as { MountPoints: unknown };
    expect(JSON.stringify(cfg.MountPoints).replace(ID, '<id>')).toBe(
      '{"/anon":{"Source":"","Destination":"/anon","RW":true,"Name":"<id>","Driver":"local","Type":"volume","Spec":{},"SkipMountpointCreation":false},' +
        '"/b":{"Source":"/tmp/vh-host","Destination":"/b","RW":true,"Name":"","Driver":"","Type":"bind","Propagation":"rprivate","Spec":{"Type":"bind","Source":"/tmp/vh-host","Target":"/b"},"SkipMountpointCreation":false},' +
        '"/data":{"Source":"/var/lib/docker/volumes/vh-cfgv/_data","Destination":"/data","RW":false,"Name":"vh-cfgv","Driver":"local","Type":"volume","Relabel":"ro","Spec":{"Type":"volume","Source":"vh-cfgv","Target":"/data","ReadOnly":true},"SkipMountpointCreation":false},' +
        '"/t":{"Source":"","Destination":"/t","RW":true,"Name":"","Driver":"","Type":"tmpfs","Spec":{"Type":"tmpfs","Target":"/t","TmpfsOptions":{"SizeBytes":1048576}},"SkipMountpointCreation":false}}',
    );
  });
});

describe('local driver options', () => {
  it('type=tmpfs keeps data only while in use; type=none,o=bind uses the host directory', async () => {
    const h = await alpine();
    await h.run('docker volume create -o type=tmpfs -o device=tmpfs vh-tv');
    expect((await h.run("docker run --rm -v vh-tv:/x alpine sh -c 'echo data > /x/f; ls /x'")).stdout).toBe('f\n');
    expect((await h.run('docker run --rm -v vh-tv:/x alpine ls /x')).stdout).toBe('');
    await h.run('mkdir bdir; docker volume create -o type=none -o o=bind -o device=$PWD/bdir vh-bv');
    await h.run("docker run --rm -v vh-bv:/x alpine sh -c 'echo data > /x/f'");
    expect((await h.run('ls bdir')).stdout).toBe('f\n');
    await h.run('docker volume create -o type=none -o o=bind -o device=$PWD/nodir vh-bv0');
    expect(await h.run('docker run -v vh-bv0:/x alpine true')).toEqual({
      stdout: '',
      stderr: `docker: Error response from daemon: error while mounting volume '/var/lib/docker/volumes/vh-bv0/_data': failed to mount local volume: mount /home/student/nodir:/var/lib/docker/volumes/vh-bv0/_data, flags: 0x1000: no such file or directory${help('run')}`,
      status: 127,
    });
    const d = h.daemon;
    const c = d.containers.all()[0];
    expect([c.state.exitCode, c.state.error.startsWith('error while mounting volume')]).toEqual([128, true]);
    // The simulated host runs an NFS server (volume/local/nfs.ts) exporting /srv/nfs only: /export
    // is refused by it (the reference host had no NFS module and answered "no such device").
    await h.run('docker volume create -o type=nfs -o o=addr=127.0.0.1 -o device=:/export vh-nfs');
    expect((await h.run('docker run --rm -v vh-nfs:/x alpine true')).stderr).toBe(
      `docker: Error response from daemon: error while mounting volume '/var/lib/docker/volumes/vh-nfs/_data': failed to mount local volume: mount :/export:/var/lib/docker/volumes/vh-nfs/_data, data: addr=127.0.0.1: permission denied${help('run')}`,
    );
  });
});

describe('docker inspect, system prune and saved state', () => {
  it('docker inspect finds volumes; system prune --volumes removes anonymous ones', async () => {
    const h = await alpine();
    await h.run('docker volume create vh-i; docker run --name gone -v /anon alpine true; docker rm gone');
    expect((await h.run("docker inspect -f '{{.Name}} {{.Driver}}' vh-i")).stdout).toBe('vh-i local\n');
    expect((await h.run('docker inspect --type volume -f {{.Scope}} vh-i')).stdout).toBe('local\n');
    const r = await h.run('docker system prune -f --volumes');
    expect(r.stdout).toMatch(/^Deleted Volumes:\n[0-9a-f]{64}\n\nTotal reclaimed space: 0B\n$/);
    expect((await h.run('docker volume ls -q')).stdout).toBe('vh-i\n');
  });

  it('volumes, their labels and data survive a save and restore', async () => {
    const h = await alpine();
    await h.run("docker volume create --label team=a vh-s; docker run --name ww -v vh-s:/d -v /anon alpine sh -c 'echo kept > /d/f'");
    const host = restoreHost(JSON.parse(JSON.stringify(h.host.serialize())));
    const d = host.listeners.get(DOCKER_SOCKET) as Daemon;
    expect(d.volumes.list().map((v) => [v.Name.length, v.Labels]).sort((a, b) => Number(a[0]) - Number(b[0]))).toEqual([
      [4, { team: 'a' }],
      [64, { 'com.docker.volume.anonymous': '' }],
    ]);
    expect(d.volumes.refs('vh-s')).toEqual([d.containers.get('ww').id]);
    expect(host.fs(ROOT).readText('/var/lib/docker/volumes/vh-s/_data/f')).toBe('kept\n');
  });
});
