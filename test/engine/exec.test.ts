/**
 * `docker exec`: environment, user, working directory, status, stdin, -d, and the errors. Texts
 * recorded with docker CLI 28.2.2 against the reference engine; where Engine 28 differs from that
 * 20.10 daemon (exit status of a missing program, the user check at create time, "container %s is
 * not running"), the moby v28.5.2 source line is cited.
 */
import { describe, expect, it } from 'vitest';
import { count, engine, until } from './lifecycle-fixture.ts';

describe('docker exec', () => {
  it('runs in the container with dockerd`s environment, -e, -w, -u', async () => {
    const e = await engine();
    await e.run('docker run -d --name ex -e FOO=1 alpine sleep 1000');
    const hostname = e.daemon.containers.get('ex').config.Hostname;
    // recorded: `docker exec lce1 env` (PATH, HOSTNAME, [TERM with -t], the container's Env, HOME).
    expect(await e.run('docker exec ex env')).toEqual({
      stdout: `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=${hostname}\nFOO=1\nHOME=/root\n`,
      stderr: '',
      status: 0,
    });
    expect((await e.run('docker exec -t ex env')).stdout).toBe(
      `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\r\nHOSTNAME=${hostname}\r\nTERM=xterm\r\nFOO=1\r\nHOME=/root\r\n`,
    );
    expect((await e.run('docker exec -e FOO=2 -e BAR=3 -u nobody ex env')).stdout).toBe(
      `PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=${hostname}\nFOO=2\nBAR=3\nHOME=/\n`,
    );
    expect((await e.run('docker exec -w /etc ex pwd')).stdout).toBe('/etc\n');
    expect((await e.run('docker exec -u nobody ex id')).stdout).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n');
    expect((await e.run('docker exec -u 1000:1000 ex id')).stdout).toBe('uid=1000 gid=1000 groups=1000\n');
    expect(await e.run("docker exec ex sh -c 'echo out; echo err >&2; exit 5'")).toEqual({ stdout: 'out\n', stderr: 'err\n', status: 5 });
    expect((await e.run("echo 'echo piped' | docker exec -i ex sh")).stdout).toBe('piped\n');
    // Without -i the program's stdin is empty.
    expect((await e.run('echo hello | docker exec ex cat')).stdout).toBe('');
  });

  it('the image user and workdir apply; runc chdirs as root (recorded)', async () => {
    const e = await engine();
    await e.run('docker run -d --name ew -u nobody -w /tmp alpine sleep 1000');
    expect((await e.run("docker exec ew sh -c 'id; pwd'")).stdout).toBe('uid=65534(nobody) gid=65534(nobody) groups=65534(nobody)\n/tmp\n');
    // alpine's /etc/group lists root in these groups (supplementary groups come from the image).
    expect((await e.run('docker exec -u root ew id')).stdout).toBe(
      'uid=0(root) gid=0(root) groups=0(root),1(bin),2(daemon),3(sys),4(adm),6(disk),10(wheel),11(floppy),20(dialout),26(tape),27(video)\n',
    );
    expect((await e.run('docker exec -w /root ew pwd')).stdout).toBe('/root\n');
  });

  it('writes into the container layer (docker diff sees it)', async () => {
    const e = await engine();
    await e.run('docker run -d --name drun alpine sleep 1000');
    expect((await e.run('docker diff drun')).stdout).toBe('');
    await e.run('docker exec drun touch /tmp/new');
    expect((await e.run('docker diff drun')).stdout).toBe('C /tmp\nA /tmp/new\n');
    await e.run('docker exec drun rm /tmp/new');
    expect((await e.run('docker diff drun')).stdout).toBe('');
  });

  it('programs runc cannot start: the error on stdout with \\r\\n, 127 or 126 as Engine 28 sets them', async () => {
    const e = await engine();
    await e.run('docker run -d --name ex2 alpine sleep 1000');
    const oci = 'OCI runtime exec failed: exec failed: unable to start container process: ';
    // moby v28.5.2 daemon/errors.go setExitCodeFromError: "executable file not found" → 127
    // (the 20.10 reference daemon said 126).
    expect(await e.run('docker exec ex2 nosuch')).toEqual({
      stdout: `${oci}exec: "nosuch": executable file not found in $PATH: unknown\r\n`,
      stderr: '',
      status: 127,
    });
    expect(await e.run('docker exec ex2 /etc/motd')).toEqual({ stdout: `${oci}exec: "/etc/motd": permission denied: unknown\r\n`, stderr: '', status: 126 });
    // A directory: Go 1.20+ (runc 1.2 in Engine 28) says EISDIR, and setExitCodeFromError appends
    // ": permission denied" for the CLI (moby v28.5.2 daemon/errors.go:147-154); 126.
    expect(await e.run('docker exec ex2 /tmp')).toEqual({
      stdout: `${oci}exec: "/tmp": is a directory: unknown: permission denied\r\n`,
      stderr: '',
      status: 126,
    });
    expect(await e.run('docker exec -w /nosuch ex2 pwd')).toEqual({
      stdout: `${oci}chdir to cwd ("/nosuch") set in config.json failed: no such file or directory: unknown\r\n`,
      stderr: '',
      status: 127,
    });
    expect(await e.run('docker exec -w /etc/motd ex2 pwd')).toEqual({
      stdout: `${oci}chdir to cwd ("/etc/motd") set in config.json failed: not a directory: unknown: Are you trying to mount a directory onto a file (or vice-versa)? Check if the specified host path exists and is the expected type\r\n`,
      stderr: '',
      status: 127,
    });
    expect(await e.run('docker exec -w relative ex2 pwd')).toEqual({
      stdout: 'OCI runtime exec failed: exec failed: Cwd must be an absolute path: unknown\r\n',
      stderr: '',
      status: 128,
    });
    // -d: the error comes back as the API's error.
    expect(await e.run('docker exec -d ex2 nosuch')).toEqual({
      stdout: '',
      stderr: `Error response from daemon: ${oci}exec: "nosuch": executable file not found in $PATH: unknown\n`,
      status: 1,
    });
  });

  it('refusals: unknown user (checked at create in Engine 28), not running, unknown, -it without a terminal', async () => {
    const e = await engine();
    await e.run('docker run -d --name ex3 alpine sleep 1000');
    // moby v28.5.2 daemon/exec.go ContainerExecCreate: getUser → errdefs.InvalidParameter.
    expect(await e.run('docker exec -u nosuchuser ex3 id')).toEqual({
      stdout: '',
      stderr: 'Error response from daemon: unable to find user nosuchuser: no matching entries in passwd file\n',
      status: 1,
    });
    expect((await e.run('docker exec -u root:nosuchgrp ex3 id')).stderr).toBe(
      'Error response from daemon: unable to find group nosuchgrp: no matching entries in group file\n',
    );
    expect(await e.run('docker exec -it ex3 sh')).toEqual({ stdout: '', stderr: 'the input device is not a TTY\n', status: 1 });
    expect(await e.run('docker exec nosuch true')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 });
    expect((await e.run('docker exec ex3')).stderr).toBe(
      "docker: 'docker exec' requires at least 2 arguments\n\nUsage:  docker exec [OPTIONS] CONTAINER COMMAND [ARG...]\n\nSee 'docker exec --help' for more information\n",
    );
    await e.run('docker run --name exs alpine true');
    const sid = e.daemon.containers.get('exs').id;
    // moby v28.5.2 daemon/exec.go:84 + errors.go:19 (lower-case "container").
    expect((await e.run('docker exec exs true')).stderr).toBe(`Error response from daemon: container ${sid} is not running\n`);
  });

  it('-d returns at once; the program keeps running and shows in docker top with host PIDs', async () => {
    const e = await engine();
    await e.run('docker run -d --name exd alpine sleep 1000');
    expect(await e.run('docker exec -d exd sh -c "echo bg > /tmp/bg; sleep 500"')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await e.run('docker exec exd cat /tmp/bg')).stdout).toBe('bg\n');
    const top = (await e.run('docker top exd -o pid,ppid,args')).stdout.split('\n').filter((l) => l !== '');
    const shim = e.host.processes.list().find((p) => p.argv.includes(e.daemon.containers.get('exd').id))!.pid;
    const rows = top.slice(1).map((l) => l.split(/ +/));
    expect(rows.map((r) => r.slice(2).join(' '))).toEqual(['sleep 1000', 'sh -c echo bg > /tmp/bg; sleep 500', 'sleep 500']);
    // The main process and the exec'd one are children of the container's shim.
    expect(Number(rows[0][1])).toBe(shim);
    expect(Number(rows[1][1])).toBe(shim);
    for (const r of rows) expect(e.host.processes.get(Number(r[0]))).toBeTruthy();
    // They die with the container.
    await e.run('docker kill exd');
    expect(e.host.processes.list().filter((p) => p.pidns !== 0)).toEqual([]);
  });

  it('-it: an interactive shell in the same terminal; Ctrl-C stops its command; exit returns', async () => {
    const e = await engine({ tty: true });
    await e.run('docker run -d --name web alpine sleep 300');
    const t0 = e.host.clock.now();
    const done = e.start('docker exec -it web sh');
    await until(() => e.out.stdout.includes('/ # '));
    e.stdin.type('echo inside; hostname\n');
    await until(() => count(e.out.stdout, '/ # ') === 2);
    expect(e.out.stdout).toBe(`/ # inside\r\n${e.daemon.containers.get('web').config.Hostname}\r\n/ # `);
    // Waiting at the prompt does not move virtual time.
    await new Promise((r) => setTimeout(r, 30));
    expect(e.host.clock.now()).toBe(t0);
    e.stdin.type('sleep 1000\n');
    await new Promise((r) => setTimeout(r, 20));
    e.session.interrupt();
    await until(() => count(e.out.stdout, '/ # ') === 3);
    e.stdin.type('exit 3\n');
    const r = await done;
    expect(r.status).toBe(3);
    expect((await e.run("docker inspect -f '{{.State.Status}}' web")).stdout).toBe('running\n');
  });

  it('-it: Ctrl-P Ctrl-Q leaves the program running (recorded: "read escape sequence", 1)', async () => {
    const e = await engine({ tty: true });
    await e.run('docker run -d --name web2 alpine sleep 300');
    const done = e.start('docker exec -it web2 sh');
    await until(() => e.out.stdout.includes('/ # '));
    e.stdin.type('\x10\x11');
    const r = await done;
    expect(r).toMatchObject({ stderr: 'read escape sequence\n', status: 1 });
    expect((await e.run('docker top web2 -o pid,args')).stdout).toMatch(/ sleep 300\n\d+ +sh\n$/);
  });
});
