/**
 * The container's terminal in the student's session: `docker run -it alpine sh` is a shell inside
 * the container reading what is typed, `exit` returns to the host prompt, Ctrl-C stops the
 * command it runs, Ctrl-P Ctrl-Q detaches, `docker attach` / `docker start -ai` come back. Behaviour
 * recorded with docker CLI 28.2.2 on a real engine through `script` (a pty): `run -it` detaches
 * silently with status 0, `attach` prints "read escape sequence" and exits 1, -t output lines end
 * in CR LF. (The real terminal also echoes what is typed; the simulator's terminal does that itself.)
 */
import { describe, expect, it } from 'vitest';
import { count, engine, until } from './lifecycle-fixture.ts';

describe('docker run -it', () => {
  it('gives an interactive shell in the container; exit returns its status to the host prompt', async () => {
    const e = await engine({ tty: true });
    const done = e.start('docker run -it --name it1 alpine sh');
    await until(() => e.out.stdout.includes('/ # '));
    e.stdin.type('echo hello; ps\n');
    await until(() => count(e.out.stdout, '/ # ') === 2);
    expect(e.out.stdout).toBe('/ # hello\r\nPID   USER     TIME  COMMAND\r\n    1 root      0:00 sh\r\n    2 root      0:00 ps\r\n/ # ');
    e.stdin.type('exit 3\n');
    const r = await done;
    expect(r.status).toBe(3);
    expect((await e.run("docker ps -a --format '{{.Names}} {{.Status}}'")).stdout).toBe('it1 Exited (3) Less than a second ago\n');
    // Back at the host: the session goes on as student.
    expect((await e.run('whoami')).stdout).toBe('student\n');
  });

  it('needs a terminal on stdin (recorded: "the input device is not a TTY", 1, nothing created)', async () => {
    const e = await engine({ tty: false });
    expect(await e.run('docker run -it --name rt alpine sh')).toEqual({ stdout: '', stderr: 'the input device is not a TTY\n', status: 1 });
    expect((await e.run("docker ps -a --format '{{.Names}}'")).stdout).toBe('');
  });

  it('time stands still while the shell waits for input; other containers keep their time', async () => {
    const e = await engine({ tty: true });
    await e.run('docker run -d --name bg alpine sleep 300');
    const t0 = e.host.clock.now();
    const done = e.start('docker run -it --rm alpine sh');
    await until(() => e.out.stdout.includes('/ # '));
    await new Promise((r) => setTimeout(r, 50));
    expect(e.host.clock.now()).toBe(t0);
    // A command inside moves time as a foreground one does.
    e.stdin.type('sleep 2\n');
    await until(() => count(e.out.stdout, '/ # ') === 2);
    expect(e.host.clock.now() - t0).toBe(2000);
    e.stdin.type('exit\n');
    expect((await done).status).toBe(0);
    expect((await e.run("docker ps --format '{{.Names}}'")).stdout).toBe('bg\n');
  });

  it('Ctrl-C stops the command the shell runs, not the shell; at the prompt it gives a new prompt', async () => {
    const e = await engine({ tty: true });
    const done = e.start('docker run -it --name cc alpine sh');
    await until(() => e.out.stdout.includes('/ # '));
    e.stdin.type('sleep 1000; echo not-reached\n');
    await new Promise((r) => setTimeout(r, 20));
    e.session.interrupt();
    await until(() => count(e.out.stdout, '/ # ') === 2);
    e.session.interrupt();
    await until(() => count(e.out.stdout, '/ # ') === 3);
    e.stdin.type('echo $?\n');
    await until(() => count(e.out.stdout, '/ # ') === 4);
    expect(e.out.stdout).not.toContain('not-reached');
    expect(e.out.stdout.endsWith('130\r\n/ # ')).toBe(true);
    e.stdin.type('exit\n');
    expect((await done).status).toBe(0);
  });

  it('Ctrl-P Ctrl-Q detaches (status 0, container running); docker attach comes back and detaches with a message', async () => {
    const e = await engine({ tty: true });
    const done = e.start('docker run -it --name dt alpine sh');
    await until(() => e.out.stdout.includes('/ # '));
    e.stdin.type('\x10\x11');
    expect(await done).toEqual({ stdout: '/ # ', stderr: '', status: 0 });
    expect((await e.run("docker inspect -f '{{.State.Status}}' dt")).stdout).toBe('running\n');

    const attached = e.start('docker attach dt');
    await new Promise((r) => setTimeout(r, 20));
    e.stdin.type('echo back\n');
    await until(() => e.out.stdout.includes('back\r\n/ # '));
    e.stdin.type('\x10\x11');
    expect(await attached).toEqual({ stdout: 'back\r\n/ # ', stderr: 'read escape sequence\n', status: 1 });

    const again = e.start('docker attach dt');
    await new Promise((r) => setTimeout(r, 20));
    e.stdin.type('exit 4\n');
    expect((await again).status).toBe(4);
  });

  it('a held-back Ctrl-P that is not followed by Ctrl-Q goes through', async () => {
    const e = await engine({ tty: true });
    const done = e.start("docker run -it --name cp alpine sh -c 'read x; printf %s \"$x\" | wc -c'");
    await new Promise((r) => setTimeout(r, 20));
    e.stdin.type('a\x10b\n');
    expect(await done).toEqual({ stdout: '3\r\n', stderr: '', status: 0 });
  });
});

describe('docker attach and docker start -ai', () => {
  it('refuses stopped and unknown containers (recorded)', async () => {
    const e = await engine();
    await e.run('docker run --name at1 alpine true');
    expect(await e.run('docker attach at1')).toEqual({ stdout: '', stderr: 'You cannot attach to a stopped container, start it first\n', status: 1 });
    expect(await e.run('docker attach nosuch')).toEqual({ stdout: '', stderr: 'Error response from daemon: No such container: nosuch\n', status: 1 });
    await e.run('docker run -d --name at3 alpine sleep 100');
    await e.run('docker pause at3');
    expect((await e.run('docker attach at3')).stderr).toBe('You cannot attach to a paused container, unpause it first\n');
  });

  it('connects piped stdin to a -d -i container and returns its status', async () => {
    const e = await engine();
    await e.run("docker run -d -i --name at2 alpine sh -c 'read line; echo got:$line; exit 7'");
    // The container waits for its stdin; nobody is connected yet.
    expect((await e.run("docker inspect -f '{{.State.Status}}' at2")).stdout).toBe('running\n');
    expect(await e.run('echo hello | docker attach at2')).toEqual({ stdout: 'got:hello\n', stderr: '', status: 7 });
    expect((await e.run('docker logs at2')).stdout).toBe('got:hello\n');
  });

  it('a -dit container keeps its shell; start -ai comes back into a stopped one', async () => {
    const e = await engine({ tty: true });
    await e.run('docker run -dit --name box alpine sh');
    await e.run('sleep 5');
    expect((await e.run("docker inspect -f '{{.State.Status}}' box")).stdout).toBe('running\n');
    await e.run('docker stop -t 0 box');
    const done = e.start('docker start -ai box');
    await until(() => e.out.stdout.includes('/ # '));
    e.stdin.type('exit 2\n');
    expect((await done).status).toBe(2);
  });
});
