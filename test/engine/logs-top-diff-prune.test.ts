/**
 * What a container shows of itself: `docker logs`, `docker top` against the host's `ps` and the
 * container's own `ps`, `docker diff`, `docker container prune`. Texts recorded with docker CLI
 * 28.2.2 against the reference engine (Engine 28 wording cited where that 20.10 daemon differs).
 */
import { describe, expect, it } from 'vitest';
import { engine } from './lifecycle-fixture.ts';

describe('docker logs', () => {
  it('stdout and stderr apart; --tail/-n; -t with nine-digit fractions; --details', async () => {
    const e = await engine();
    // recorded (`lcl1`): a final line without a newline is kept as it is.
    await e.run("docker run --name lg alpine sh -c 'echo out1; echo err1 >&2; printf partial'");
    expect(await e.run('docker logs lg')).toEqual({ stdout: 'out1\npartial', stderr: 'err1\n', status: 0 });
    expect(await e.run('docker logs -n 1 lg')).toEqual({ stdout: 'partial', stderr: '', status: 0 });
    expect(await e.run('docker logs --tail 0 lg')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect((await e.run('docker logs --tail abc lg')).stderr).toBe('err1\n');
    expect((await e.run('docker logs --tail -1 lg')).stdout).toBe('out1\npartial');
    const t = await e.run('docker logs -t lg');
    expect(t.stdout).toMatch(/^2026-01-05T09:\d\d:\d\d\.\d{9}Z out1\n2026-01-05T09:\d\d:\d\d\.\d{9}Z partial$/);
    expect(t.stderr).toMatch(/^2026-01-05T09:\d\d:\d\d\.\d{9}Z err1\n$/);
    expect(await e.run('docker logs --details lg')).toEqual({ stdout: ' out1\n partial', stderr: ' err1\n', status: 0 });
  });

  it('--since/--until take durations, dates and Unix times; bad values are the client`s error', async () => {
    const e = await engine();
    await e.run("docker run --name ls1 alpine echo early");
    await e.run('sleep 120');
    await e.run("docker start ls1");
    await e.run('docker wait ls1');
    expect((await e.run('docker logs --since 1m ls1')).stdout).toBe('early\n');
    expect((await e.run('docker logs --until 1m ls1')).stdout).toBe('early\n');
    expect((await e.run('docker logs --since 2000-01-01 ls1')).stdout).toBe('early\nearly\n');
    expect((await e.run('docker logs --since 1700000000 ls1')).stdout).toBe('early\nearly\n');
    expect(await e.run('docker logs --since abc ls1')).toEqual({
      stdout: '',
      stderr: 'invalid value for "since": failed to parse value as time or duration: "abc"\n',
      status: 1,
    });
  });

  it('a -t container`s log is one stream with CR LF line ends (recorded)', async () => {
    const e = await engine();
    const r = await e.run("docker run -t --name lt alpine sh -c 'echo out1; echo err1 >&2'");
    expect(r.stdout).toBe('out1\r\nerr1\r\n');
    expect(await e.run('docker logs lt')).toEqual({ stdout: 'out1\r\nerr1\r\n', stderr: '', status: 0 });
  });

  it('-f follows a running container until it exits, moving virtual time; returns at once when stopped', async () => {
    const e = await engine();
    await e.run("docker run -d --name lf alpine sh -c 'echo a; sleep 3; echo b >&2; sleep 3; echo c'");
    const t0 = e.host.clock.now();
    expect(await e.run('docker logs -f lf')).toEqual({ stdout: 'a\nc\n', stderr: 'b\n', status: 0 });
    expect(e.host.clock.now() - t0).toBe(6000);
    expect(await e.run('docker logs -f --tail 1 lf')).toEqual({ stdout: 'c\n', stderr: '', status: 0 });
    expect(await e.run('docker logs nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 });
  });
});

describe('processes: the host`s ps, docker top, ps in the container', () => {
  it('agree on the processes; the host sees host PIDs, the container its own from 1', async () => {
    const e = await engine();
    await e.run('docker run -d --name pv alpine sleep 3141');
    const c = e.daemon.containers.get('pv');
    const hostPid = c.state.pid;
    const shim = e.host.processes.list().find((p) => p.argv.includes(c.id))!.pid;
    const hostPs = (await e.run('ps -ef')).stdout.split('\n').find((l) => l.includes('sleep 3141'))!;
    expect(hostPs.split(/ +/).slice(0, 3)).toEqual(['root', String(hostPid), String(shim)]);
    const top = await e.run('docker top pv');
    const [header, row] = top.stdout.split('\n');
    // recorded: tabwriter with minwidth 20, padding 3.
    expect(header).toBe('UID                 PID                 PPID                C                   STIME               TTY                 TIME                CMD');
    expect(row).toBe(`root                ${String(hostPid).padEnd(20)}${String(shim).padEnd(20)}0                   09:00               ?                   00:00:00            sleep 3141`);
    const inside = (await e.run('docker exec pv ps')).stdout.split('\n');
    expect(inside[1]).toMatch(/^ +1 root .* sleep 3141$/);
    expect(inside.filter((l) => l !== '').length).toBe(3);
  });

  it('ps options after the name; errors (recorded, Engine 28 "container %s is not running")', async () => {
    const e = await engine();
    await e.run('docker run -d --name tp alpine sleep 1000');
    const pid = e.daemon.containers.get('tp').state.pid;
    expect((await e.run('docker top tp -o pid,args')).stdout).toBe(`PID                 COMMAND\n${String(pid).padEnd(20)}sleep 1000\n`);
    expect((await e.run('docker top tp -o pid=PID,args')).stdout).toBe(`PID                 COMMAND\n${String(pid).padEnd(20)}sleep 1000\n`);
    expect((await e.run('docker top tp -o comm')).stderr).toBe("Error response from daemon: Couldn't find PID field in ps output\n");
    expect((await e.run('docker top tp -o user=PID')).stderr).toBe('Error response from daemon: specifying "user=PID" is not allowed\n');
    expect((await e.run('docker top tp --nosuch')).stderr).toBe('Error response from daemon: ps: error: unknown gnu long option\n');
    await e.run('docker create --name tps alpine');
    const id = e.daemon.containers.get('tps').id;
    expect(await e.run('docker top tps')).toEqual({ stdout: '', stderr: `Error response from daemon: container ${id} is not running\n`, status: 1 });
    expect((await e.run('docker top nosuch')).stderr).toBe('Error response from daemon: No such container: nosuch\n');
  });
});

describe('docker diff', () => {
  it('A/C/D lines of the container layer, stopped or running', async () => {
    const e = await engine();
    await e.run("docker run --name df1 alpine sh -c 'mkdir -p /data/sub && touch /data/sub/f && rm /etc/motd && echo x >> /etc/passwd'");
    const lines = (await e.run('docker diff df1')).stdout.split('\n').filter((l) => l !== '');
    expect(lines.sort()).toEqual(['A /data', 'A /data/sub', 'A /data/sub/f', 'C /etc', 'C /etc/passwd', 'D /etc/motd']);
    await e.run("docker run --name dh alpine sh -c 'echo \"1.2.3.4 extra\" >> /etc/hosts'");
    expect(await e.run('docker diff dh')).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(await e.run('docker container diff nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 });
  });
});

describe('docker container prune', () => {
  it('asks first; n or no answer keeps everything (recorded: the prompt, no newline, status 0)', async () => {
    const e = await engine();
    await e.run('docker create --name cp1 alpine');
    const prompt = 'WARNING! This will remove all stopped containers.\nAre you sure you want to continue? [y/N] ';
    expect(await e.run('echo n | docker container prune')).toEqual({ stdout: prompt, stderr: '', status: 0 });
    expect(await e.run('docker container prune < /dev/null')).toEqual({ stdout: prompt, stderr: '', status: 0 });
    expect((await e.run("docker ps -a --format '{{.Names}}'")).stdout).toBe('cp1\n');
    const id = e.daemon.containers.get('cp1').id;
    expect(await e.run('echo y | docker container prune')).toEqual({ stdout: `${prompt}Deleted Containers:\n${id}\n\nTotal reclaimed space: 0B\n`, stderr: '', status: 0 });
  });

  it('-f removes created and exited containers, newest first, never running ones', async () => {
    const e = await engine();
    await e.run('docker create --name cp_created alpine');
    await e.run('docker run --name cp_exited alpine sh -c "echo x > /f"');
    await e.run('docker run -d --name cp_running alpine sleep 1000');
    const created = e.daemon.containers.get('cp_created').id;
    const exited = e.daemon.containers.get('cp_exited').id;
    const r = await e.run('docker container prune -f');
    // cp_exited's layer holds /f (2 bytes).
    expect(r).toEqual({ stdout: `Deleted Containers:\n${exited}\n${created}\n\nTotal reclaimed space: 2B\n`, stderr: '', status: 0 });
    expect((await e.run("docker ps -a --format '{{.Names}}'")).stdout).toBe('cp_running\n');
    expect(await e.run('docker container prune -f')).toEqual({ stdout: 'Total reclaimed space: 0B\n', stderr: '', status: 0 });
  });

  it('filters, and their errors (Engine 28 wording: api/types/filters errors.go)', async () => {
    const e = await engine();
    await e.run('docker create --name keep alpine');
    await e.run('docker create --label drop=1 --name gone alpine');
    const gone = e.daemon.containers.get('gone').id;
    expect((await e.run('docker container prune -f --filter label=drop')).stdout).toBe(`Deleted Containers:\n${gone}\n\nTotal reclaimed space: 0B\n`);
    expect(await e.run('docker container prune -f --filter foo=bar')).toEqual({ stdout: '', stderr: "Error response from daemon: invalid filter 'foo'\n", status: 1 });
    expect((await e.run('docker container prune -f --filter until=abc')).stderr).toBe(
      'Error response from daemon: failed to parse value as time or duration: "abc"\n',
    );
    expect((await e.run('docker container prune x')).stderr).toBe(
      "docker: 'docker container prune' accepts no arguments\n\nUsage:  docker container prune [OPTIONS]\n\nRun 'docker container prune --help' for more information\n",
    );
  });
});
