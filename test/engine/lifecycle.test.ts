/**
 * Container lifecycle commands through the shell: stop, kill, restart, pause/unpause, rm, rename,
 * wait. Expected texts were recorded with docker CLI 28.2.2 against the reference engine
 * (DOCKER_HOST=unix:///tmp/refdocker/docker.sock, an image from `docker import` of a busybox tree);
 * where that daemon (20.10) words an error differently from Engine 28, the moby v28.5.2 source
 * line is cited and its text is expected instead.
 */
import { describe, expect, it } from 'vitest';
import { engine, type Engine } from './lifecycle-fixture.ts';

const ID = /^[0-9a-f]{64}\n$/;

async function id(e: Engine, line: string): Promise<string> {
  const r = await e.run(line);
  expect(r.stdout).toMatch(ID);
  return r.stdout.trim();
}

describe('docker stop', () => {
  it('waits the timeout for a PID 1 that ignores SIGTERM, then kills it (137); prints names as typed', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name st1 alpine sleep 1000');
    const t0 = e.host.clock.now();
    // recorded: `docker stop lcs1` → "lcs1", exit 0; the default timeout is 10 s.
    expect(await e.run('docker stop st1')).toEqual({ stdout: 'st1\n', stderr: '', status: 0 });
    expect(e.host.clock.now() - t0).toBe(10_000);
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' st1")).stdout).toBe('exited 137\n');
    // Stopping a stopped container is a success (HTTP 304): the name again.
    expect(await e.run('docker stop st1')).toEqual({ stdout: 'st1\n', stderr: '', status: 0 });
  });

  it('-t 0 kills at once; unknown containers fail after the others are printed', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name st2 alpine sleep 1000');
    const t0 = e.host.clock.now();
    expect(await e.run('docker stop -t 0 nosuch st2')).toEqual({
      stdout: 'st2\n',
      stderr: 'Error response from daemon: No such container: nosuch\n',
      status: 1,
    });
    expect(e.host.clock.now()).toBe(t0);
    expect((await e.run("docker ps -a --format '{{.Names}}: {{.Status}}'")).stdout).toBe('st2: Exited (137) Less than a second ago\n');
  });

  it('several containers are stopped together: one timeout for all, not one after the other', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name sa alpine sleep 1000');
    await id(e, 'docker run -d --name sb alpine sleep 1000');
    const t0 = e.host.clock.now();
    expect(await e.run('docker stop sa sb')).toEqual({ stdout: 'sa\nsb\n', stderr: '', status: 0 });
    expect(e.host.clock.now() - t0).toBe(10_000);
  });

  it('-s with an unknown signal fails as Engine 28 words it', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name st3 alpine sleep 1000');
    // moby v28.5.2 daemon/stop.go: errdefs.System(errors.Wrapf(err, "cannot stop container: %s", name)),
    // err from moby/sys/signal ParseSignal "invalid signal: %s".
    expect(await e.run('docker stop -s NOSUCH st3')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: cannot stop container: st3: invalid signal: NOSUCH\n',
      status: 1,
    });
  });

  it('a non-numeric -t is a flag error (recorded)', async () => {
    const e = await engine();
    const r = await e.run('docker stop -t abc x');
    expect(r.status).toBe(125);
    expect(r.stderr).toBe(
      'invalid argument "abc" for "-t, --timeout" flag: strconv.ParseInt: parsing "abc": invalid syntax\n\nUsage:  docker stop [OPTIONS] CONTAINER [CONTAINER...]\n\nRun \'docker stop --help\' for more information\n',
    );
  });

  it('other containers keep running while stop waits', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name short alpine sh -c "sleep 5; echo woke"');
    await id(e, 'docker run -d --name long alpine sleep 1000');
    await e.run('docker stop long');
    expect((await e.run('docker logs short')).stdout).toBe('woke\n');
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' short")).stdout).toBe('exited 0\n');
  });
});

describe('docker kill', () => {
  it('kills with SIGKILL; a stopped or unknown container fails with the API wrapping', async () => {
    const e = await engine();
    const cid = await id(e, 'docker run -d --name k1 alpine sleep 1000');
    expect(await e.run('docker kill k1')).toEqual({ stdout: 'k1\n', stderr: '', status: 0 });
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' k1")).stdout).toBe('exited 137\n');
    // moby v28.5.2 router container_routes.go:268 "cannot kill container: %s" + daemon/errors.go:19.
    expect(await e.run('docker kill k1')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: cannot kill container: k1: container ${cid} is not running\n`,
      status: 1,
    });
    expect((await e.run('docker kill nosuch')).stderr).toBe('Error response from daemon: cannot kill container: nosuch: No such container: nosuch\n');
  });

  it('-s: a signal PID 1 has no handler for is ignored; bad signals are refused', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name k2 alpine sleep 1000');
    // recorded: `docker kill -s TERM` of a sleeping PID 1 leaves it "running 0".
    expect(await e.run('docker kill -s TERM k2')).toEqual({ stdout: 'k2\n', stderr: '', status: 0 });
    expect((await e.run("docker inspect -f '{{.State.Status}}' k2")).stdout).toBe('running\n');
    expect((await e.run('docker kill -s NOSUCH k2')).stderr).toBe('Error response from daemon: cannot kill container: k2: invalid signal: NOSUCH\n');
    expect((await e.run('docker kill -s 99 k2')).stderr).toBe('Error response from daemon: cannot kill container: k2: the linux daemon does not support signal 99\n');
    expect(await e.run('docker kill -s SIGKILL k2')).toEqual({ stdout: 'k2\n', stderr: '', status: 0 });
    expect((await e.run("docker inspect -f '{{.State.ExitCode}}' k2")).stdout).toBe('137\n');
  });
});

describe('docker restart', () => {
  it('restarts running and exited containers; RestartCount stays 0; the log goes on', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name rs alpine sleep 1000');
    expect(await e.run('docker restart -t 0 rs')).toEqual({ stdout: 'rs\n', stderr: '', status: 0 });
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.RestartCount}}' rs")).stdout).toBe('running 0\n');
    expect((await e.run('docker run --name rs2 alpine echo again')).stdout).toBe('again\n');
    expect(await e.run('docker restart rs2')).toEqual({ stdout: 'rs2\n', stderr: '', status: 0 });
    expect((await e.run('docker wait rs2')).stdout).toBe('0\n');
    expect((await e.run('docker logs rs2')).stdout).toBe('again\nagain\n');
    expect(await e.run('docker restart nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 });
  });

  it('a --rm container survives its restart and goes at its next stop (recorded)', async () => {
    const e = await engine();
    await id(e, 'docker run -d --rm --name rr alpine sleep 1000');
    expect((await e.run('docker restart -t 0 rr')).stdout).toBe('rr\n');
    expect((await e.run("docker ps -a --format '{{.Names}} {{.Status}}'")).stdout).toBe('rr Up Less than a second\n');
    expect((await e.run('docker stop -t 0 rr')).stdout).toBe('rr\n');
    expect((await e.run("docker ps -a --format '{{.Names}}'")).stdout).toBe('');
  });
});

describe('docker pause / unpause', () => {
  it('freezes the processes: a sleep does not end while paused, and ends right after unpause', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name p1 alpine sh -c "sleep 5; echo done"');
    expect(await e.run('docker pause p1')).toEqual({ stdout: 'p1\n', stderr: '', status: 0 });
    await e.run('sleep 10');
    expect((await e.run('docker logs p1')).stdout).toBe('');
    expect((await e.run("docker ps --format '{{.Names}}: {{.Status}}'")).stdout).toBe('p1: Up 10 seconds (Paused)\n');
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.State.Paused}} {{.State.Running}}' p1")).stdout).toBe('paused true true\n');
    expect(await e.run('docker unpause p1')).toEqual({ stdout: 'p1\n', stderr: '', status: 0 });
    // (The rest of the sleep runs after the thaw: busybox sleep waits in 1 s slices here, so the
    // slice that fell due while frozen ends at once and the others follow.)
    expect((await e.run('docker wait p1')).stdout).toBe('0\n');
    expect((await e.run('docker logs p1')).stdout).toBe('done\n');
  });

  it('errors: twice, not running, unknown', async () => {
    const e = await engine();
    const cid = await id(e, 'docker run -d --name pz alpine sleep 1000');
    await e.run('docker pause pz');
    expect((await e.run('docker pause pz')).stderr).toBe(`Error response from daemon: Container ${cid} is already paused\n`);
    await e.run('docker unpause pz');
    expect((await e.run('docker unpause pz')).stderr).toBe(`Error response from daemon: Container ${cid} is not paused\n`);
    const created = await id(e, 'docker create --name pe alpine');
    // moby v28.5.2 container/container.go:834 GetRunningTask: "container %s is not running".
    expect((await e.run('docker pause pe')).stderr).toBe(`Error response from daemon: container ${created} is not running\n`);
    expect((await e.run('docker unpause pe')).stderr).toBe(`Error response from daemon: Container ${created} is not paused\n`);
    expect(await e.run('docker pause nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 });
  });

  it('a paused container refuses exec and rm; stop unpauses it and kills after the timeout', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name pz2 alpine sh -c "sleep 5; echo done; sleep 1000"');
    await e.run('docker pause pz2');
    expect((await e.run('docker exec pz2 true')).stderr).toBe('Error response from daemon: Container pz2 is paused, unpause the container before exec\n');
    // moby v28.5.2 daemon/delete.go:94 (Engine 28.2+ wording).
    expect((await e.run('docker rm pz2')).stderr).toBe('Error response from daemon: cannot remove container "pz2": container is paused and must be unpaused first\n');
    // recorded: stop of a paused container ends in 137; the stop signal thaws it first, so the
    // sleep that fell due meanwhile finishes.
    expect((await e.run('docker stop pz2')).stdout).toBe('pz2\n');
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{.State.Paused}}' pz2")).stdout).toBe('exited 137 false\n');
    expect((await e.run('docker logs pz2')).stdout).toBe('done\n');
  });

  it('kill -s TERM of a paused container resumes it (recorded: running 0)', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name pt alpine sleep 1000');
    await e.run('docker pause pt');
    expect((await e.run('docker kill -s TERM pt')).stdout).toBe('pt\n');
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' pt")).stdout).toBe('running 0\n');
  });
});

describe('docker rm', () => {
  it('removes the container layer and its /var/lib/docker entries; the image stays', async () => {
    const e = await engine();
    expect((await e.run('docker run --name rm1 alpine touch /new')).status).toBe(0);
    const cid = e.daemon.containers.get('rm1').id;
    const rw = e.daemon.containers.get('rm1').rwLayer;
    const root = e.host.fs({ uid: 0, gid: 0, groups: [0] });
    const paths = [
      `/var/lib/docker/containers/${cid}`,
      `/var/lib/docker/overlay2/${rw.mountID}`,
      `/var/lib/docker/overlay2/${rw.mountID}-init`,
      `/var/lib/docker/image/overlay2/layerdb/mounts/${cid}`,
      `/var/lib/docker/overlay2/l/${rw.link}`,
    ];
    for (const p of paths) expect(root.lstat(p), p).toBeTruthy();
    expect(await e.run('docker rm rm1')).toEqual({ stdout: 'rm1\n', stderr: '', status: 0 });
    for (const p of paths) expect(() => root.lstat(p), p).toThrow();
    expect((await e.run("docker images --format '{{.Repository}}'")).stdout).toBe('alpine\n');
    const imageLayer = e.daemon.images.all()[0].layer!;
    expect(root.lstat(`/var/lib/docker/overlay2/${imageLayer.cacheID}/diff`)).toBeTruthy();
    expect(await e.run('docker rm rm1')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: rm1\n', status: 1 });
    // The name is free again.
    await id(e, 'docker create --name rm1 alpine');
  });

  it('refuses a running container (Engine 28.2+ text); -f kills and removes it', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name rm2 alpine sleep 1000');
    const hostPid = e.daemon.containers.get('rm2').state.pid;
    expect(await e.run('docker rm rm2')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: cannot remove container "rm2": container is running: stop the container before removing or force remove\n',
      status: 1,
    });
    expect(await e.run('docker rm -f rm2')).toEqual({ stdout: 'rm2\n', stderr: '', status: 0 });
    expect(e.host.processes.get(hostPid)).toBeUndefined();
    expect((await e.run("docker ps -a --format '{{.Names}}'")).stdout).toBe('');
  });

  it('several at once, -f of a missing one, empty names, -v accepted', async () => {
    const e = await engine();
    await id(e, 'docker create --name ma alpine');
    await id(e, 'docker create --name mb alpine');
    expect(await e.run('docker rm ma nosuch mb')).toEqual({ stdout: 'ma\nmb\n', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 });
    expect(await e.run('docker rm -f nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 0 });
    // recorded: the client refuses these before asking the daemon.
    expect(await e.run('docker rm ""')).toEqual({ stdout: '', stderr: 'container name cannot be empty\n', status: 1 });
    expect(await e.run('docker rm /')).toEqual({ stdout: '', stderr: 'container name cannot be empty\n', status: 1 });
    await id(e, 'docker create --name mv alpine');
    expect(await e.run('docker rm -v /mv/')).toEqual({ stdout: '/mv/\n', stderr: '', status: 0 });
  });

  it('--rm removes the container when it exits, also when killed', async () => {
    const e = await engine();
    expect((await e.run('docker run --rm --name rr alpine echo bye')).stdout).toBe('bye\n');
    await id(e, 'docker run -d --rm --name rk alpine sleep 1000');
    expect((await e.run('docker kill rk')).stdout).toBe('rk\n');
    expect((await e.run("docker ps -a --format '{{.Names}}'")).stdout).toBe('');
  });
});

describe('docker rename', () => {
  it('renames; errors as recorded (062-rename)', async () => {
    const e = await engine();
    await id(e, 'docker create --name old alpine');
    expect(await e.run('docker rename old newname')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await e.run("docker ps -a --format '{{.Names}}'")).stdout).toBe('newname\n');
    expect((await e.run('docker rename newname newname')).stderr).toBe(
      'Error response from daemon: Renaming a container with the same name as its current name\nError: failed to rename container named newname\n',
    );
    expect((await e.run('docker rename nosuch other')).stderr).toBe('Error response from daemon: No such container: nosuch\nError: failed to rename container named nosuch\n');
    const taken = await id(e, 'docker create --name taken alpine');
    expect(await e.run('docker rename newname taken')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: Error when allocating new name: Conflict. The container name "/taken" is already in use by container "${taken}". You have to remove (or rename) that container to be able to reuse that name.\nError: failed to rename container named newname\n`,
      status: 1,
    });
    expect((await e.run('docker rename newname x')).stderr).toBe(
      'Error response from daemon: Error when allocating new name: Invalid container name (/x), only [a-zA-Z0-9][a-zA-Z0-9_.-] are allowed\nError: failed to rename container named newname\n',
    );
    expect(await e.run('docker rename "" x')).toEqual({ stdout: '', stderr: 'Error: Neither old nor new names may be empty\n', status: 1 });
    // The old name is free at once.
    await id(e, 'docker create --name old alpine');
  });
});

describe('docker wait', () => {
  it('prints exit codes, moving virtual time while the container sleeps', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name wt alpine sh -c "sleep 30; exit 9"');
    const t0 = e.host.clock.now();
    expect(await e.run('docker wait wt')).toEqual({ stdout: '9\n', stderr: '', status: 0 });
    expect(e.host.clock.now() - t0).toBe(30_000);
    await id(e, 'docker create --name wt2 alpine');
    expect(await e.run('docker wait wt wt2')).toEqual({ stdout: '9\n0\n', stderr: '', status: 0 });
    expect(await e.run('docker wait wt nosuch')).toEqual({ stdout: '9\n', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 });
    // recorded: the client's trimID refuses an empty name.
    expect(await e.run('docker wait ""')).toEqual({ stdout: '', stderr: 'invalid container name or ID: value is empty\n', status: 1 });
  });
});

describe('signals from outside docker', () => {
  it('kill -9 of PID 1 from the host stops the container (137); from inside it is ignored (recorded)', async () => {
    const e = await engine();
    await id(e, 'docker run -d --name hk alpine sleep 1000');
    await e.run('docker exec -d hk sleep 500');
    expect(await e.run('docker exec hk kill -9 1')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await e.run('docker exec hk kill 1')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await e.run("docker inspect -f '{{.State.Status}}' hk")).stdout).toBe('running\n');
    // An exec'd process has no PID 1 protection.
    const ps = (await e.run('docker exec hk ps')).stdout.split('\n');
    const sleeper = ps.find((l) => l.endsWith('sleep 500'))!.trim().split(/ +/)[0];
    expect((await e.run(`docker exec hk kill ${sleeper}`)).status).toBe(0);
    expect((await e.run('docker exec hk ps')).stdout).not.toContain('sleep 500');
    const pid = (await e.run("docker inspect -f '{{.State.Pid}}' hk")).stdout.trim();
    expect((await e.run(`sudo kill -9 ${pid}`)).status).toBe(0);
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' hk")).stdout).toBe('exited 137\n');
  });
});
