/**
 * docker-init (tini 0.19.0) run directly on the host, against Debian's tini-static 0.19.0
 * (/usr/bin/docker-init on the reference machine): texts and statuses below are what it printed.
 * Not being PID 1, it warns first unless -s or TINI_SUBREAPER is given.
 */
import { describe, expect, it } from 'vitest';
import { runApplet } from '../../../test/helpers/harness.ts';
import { applet as tini } from './docker-init.ts';

const WARN = (pid: number) =>
  `[WARN  tini (${pid})] Tini is not running as PID 1 and isn't registered as a child subreaper.\n` +
  "Zombie processes will not be re-parented to Tini, so zombie reaping won't work.\n" +
  'To fix the problem, use the -s option or set the environment variable TINI_SUBREAPER to register Tini as a child subreaper, or run Tini as PID 1.\n';

const USAGE_HEAD = 'docker-init (tini version 0.19.0)\nUsage: docker-init [OPTIONS] PROGRAM -- [ARGS] | --version\n\n';

const run = (argv: string[], env?: Record<string, string>) => runApplet(tini, ['docker-init', ...argv], { user: 'root', cwd: '/', env });

/** The PID the applet's own process got. */
function pidOf(r: Awaited<ReturnType<typeof run>>): number {
  return r.host.processes.list().find((p) => p.argv[0] === 'docker-init')!.pid;
}

describe('docker-init', () => {
  it('runs the program after -- and exits with its status', async () => {
    expect(await run(['-s', '--', 'false'])).toMatchObject({ stderr: '', status: 1 });
    expect(await run(['-s', 'echo', 'a', '--', 'b'])).toMatchObject({ stdout: 'a b\n', status: 0 });
  });

  it('warns when it is not PID 1 and no subreaper was asked for', async () => {
    const r = await run(['--', 'true']);
    expect(r.status).toBe(0);
    expect(r.stderr).toBe(WARN(pidOf(r)));
    // TINI_SUBREAPER counts when set at all, even empty.
    expect(await run(['--', 'true'], { TINI_SUBREAPER: '' })).toMatchObject({ stderr: '', status: 0 });
  });

  it('reports a program it cannot execute with the child PID: 127 missing, 126 not executable', async () => {
    const missing = await run(['-s', '--', 'nosuch']);
    expect(missing.status).toBe(127);
    expect(missing.stderr).toMatch(/^\[FATAL tini \(\d+\)\] exec nosuch failed: No such file or directory\n$/);
    const dir = await run(['-s', '--', '/etc']);
    expect(dir.status).toBe(126);
    expect(dir.stderr).toMatch(/^\[FATAL tini \(\d+\)\] exec \/etc failed: Permission denied\n$/);
  });

  it('remaps an exit code to 0 with -e, and checks -e and -p', async () => {
    expect(await run(['-s', '-e', '1', '--', 'false'])).toMatchObject({ status: 0 });
    const e = await run(['-s', '-e', '300', '--', 'true']);
    expect(e.status).toBe(1);
    expect(e.stderr).toMatch(/^\[FATAL tini \(\d+\)\] Not a valid option for -e: 300\n$/);
    expect((await run(['-s', '-p', 'KILL', '--', 'true'])).stderr).toMatch(/\] Not a valid option for -p: KILL\n$/);
    expect(await run(['-s', '-p', 'SIGKILL', '--', 'true'])).toMatchObject({ stderr: '', status: 0 });
  });

  it('prints its usage, version and license', async () => {
    const none = await run([]);
    expect(none.status).toBe(1);
    expect(none.stdout).toBe('');
    expect(none.stderr.startsWith(USAGE_HEAD + 'Execute a program under the supervision of a valid init process (docker-init)\n')).toBe(true);
    expect(none.stderr.endsWith("  TINI_KILL_PROCESS_GROUP: Send signals to the child's process group.\n\n")).toBe(true);
    const help = await run(['-h']);
    expect(help).toMatchObject({ stdout: none.stderr, stderr: '', status: 0 });
    expect(await run(['--version'])).toMatchObject({ stdout: 'tini version 0.19.0\n', status: 0 });
    const bad = await run(['-x']);
    expect(bad).toMatchObject({ stdout: '', status: 1 });
    expect(bad.stderr).toBe(`docker-init: invalid option -- 'x'\n${none.stderr}`);
    const lic = await run(['-l']);
    expect(lic.status).toBe(0);
    expect(lic.stdout.startsWith('The MIT License (MIT)\n\nCopyright (c) 2015 Thomas Orozco <thomas@orozco.fr>\n')).toBe(true);
    expect(lic.stdout.length).toBe(1099);
  });
});
