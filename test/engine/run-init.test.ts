/**
 * `docker run --init`: docker-init (tini) is PID 1 with the command as its child. Expectations
 * recorded with docker CLI 28.2.2 against the reference engine (20.10, Debian's tini-static 0.19.0
 * as docker-init), e.g. `docker run --init --name x IMAGE ps -o pid,ppid,args; docker diff x`.
 * There the child's PID is 6 or 7 (runc's own processes come first); here it is 2.
 */
import { describe, expect, it } from 'vitest';
import { engineSession } from './engine-session.ts';

describe('docker run --init', () => {
  it('runs docker-init as PID 1 and the command as its child', async () => {
    const e = await engineSession({ images: ['alpine:latest'] });
    const r = await e.run('docker run --init --name i1 alpine ps -o pid,ppid,args');
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^PID   PPID  COMMAND\n {4}1 {5}0 \/sbin\/docker-init -- ps -o pid,ppid,args\n +\d+ {5}1 ps -o pid,ppid,args\n$/);
    expect((await e.run("docker inspect -f '{{.HostConfig.Init}} {{.Path}} {{json .Args}}' i1")).stdout).toBe('true ps ["-o","pid,ppid,args"]\n');
    // runc made the bind mount's target in the container layer.
    expect((await e.run('docker diff i1')).stdout).toBe('C /sbin\nA /sbin/docker-init\n');
  });

  it("passes on the child's exit status; tini reports a program it cannot run", async () => {
    const e = await engineSession({ images: ['alpine:latest'] });
    expect(await e.run("docker run --init --name i2 alpine sh -c 'exit 3'")).toMatchObject({ stdout: '', stderr: '', status: 3 });
    const missing = await e.run('docker run --init --name i3 alpine nosuch');
    expect(missing.status).toBe(127);
    expect(missing.stderr).toMatch(/^\[FATAL tini \(\d+\)\] exec nosuch failed: No such file or directory\n$/);
    // The container did start (runc ran docker-init): exited, no State.Error.
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}} {{json .State.Error}}' i3")).stdout).toBe('exited 127 ""\n');
    const dir = await e.run('docker run --init --name i4 alpine /etc');
    expect(dir.status).toBe(126);
    expect(dir.stderr).toMatch(/^\[FATAL tini \(\d+\)\] exec \/etc failed: Permission denied\n$/);
  });

  it('shows both processes to docker top and the host; SIGTERM from docker stop ends the child (143)', async () => {
    const e = await engineSession({ images: ['alpine:latest'] });
    await e.run('docker run -d --init --name i5 alpine sleep 1000');
    const top = (await e.run('docker top i5')).stdout.split('\n');
    expect(top[1]).toMatch(/ \/sbin\/docker-init -- sleep 1000$/);
    expect(top[2]).toMatch(/ sleep 1000$/);
    const [initPid, childPpid] = [top[1].split(/\s+/)[1], top[2].split(/\s+/)[2]];
    expect(childPpid).toBe(initPid);
    expect((await e.run('docker exec i5 ls -l /sbin/docker-init')).stdout).toMatch(/^-rwxr-xr-x {4}1 root {5}root {8}708080 .* \/sbin\/docker-init\n$/);
    const t0 = e.host.clock.now();
    expect(await e.run('docker stop i5')).toMatchObject({ stdout: 'i5\n', status: 0 });
    expect(e.host.clock.now()).toBe(t0);
    expect((await e.run("docker inspect -f '{{.State.Status}} {{.State.ExitCode}}' i5")).stdout).toBe('exited 143\n');
  });

  it('makes /sbin when the image has none (busybox)', async () => {
    const e = await engineSession({ images: ['busybox:latest'] });
    expect(await e.run('docker run --init --name i6 busybox true')).toMatchObject({ status: 0 });
    expect((await e.run('docker diff i6')).stdout).toBe('A /sbin\nA /sbin/docker-init\n');
  });
});
