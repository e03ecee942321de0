/**
 * The dockersim CLI as a user runs it: a real child process through the launcher
 * (scripts/dockersim.mjs), real pipes, real files for FILE and --state; an interactive session
 * through a pseudo-terminal made by util-linux `script`.
 * Expected texts come from GNU bash 5.2 + coreutils on Debian (`bash -c ...`, `bash FILE`).
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it, type TestContext } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LAUNCHER = join(ROOT, 'scripts', 'dockersim.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'dockersim-test-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Skip with the reason printed in the run's output, not only in the reporter's details. */
function skipBecause(ctx: TestContext, reason: string): never {
  console.warn(`skipped: ${reason}`);
  return ctx.skip(reason);
}

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function dockersim(args: string[], opts: { input?: string; node?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(opts.node ?? process.execPath, [LAUNCHER, ...args], { cwd: ROOT, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
    child.stdin.end(opts.input ?? '');
  });
}

describe('dockersim -c', () => {
  it('runs the commands on a fresh host and passes their status through', async () => {
    const r = await dockersim(['-c', 'mkdir -p a/b && echo hi > a/b/f && cat a/b/f && ls /nonexistent']);
    expect(r).toEqual({
      stdout: 'hi\n',
      stderr: "ls: cannot access '/nonexistent': No such file or directory\n",
      status: 2,
    });
  });

  it('starts in /home/student as student', async () => {
    const r = await dockersim(['-c', 'pwd; echo x > f; ls -l f']);
    expect(r.status).toBe(0);
    const [pwd, listing] = r.stdout.split('\n');
    expect(pwd).toBe('/home/student');
    expect(listing).toMatch(/^-rw-r--r-- 1 student student 2 .* f$/);
  });

  it('sets $0 and the positional parameters from NAME and ARGs, like bash -c', async () => {
    expect((await dockersim(['-c', 'echo "$0|$1|$#"', 'nm', 'a', 'b'])).stdout).toBe('nm|a|2\n');
    expect((await dockersim(['-c', 'echo "$0|$#"'])).stdout).toBe('bash|0\n');
  });

  it('gives the commands the real standard input', async () => {
    const r = await dockersim(['-c', 'cat; echo done'], { input: 'piped line\n' });
    expect(r).toEqual({ stdout: 'piped line\ndone\n', stderr: '', status: 0 });
  });

  it('exits with the status given to exit', async () => {
    expect((await dockersim(['-c', 'exit 42'])).status).toBe(42);
    expect((await dockersim(['-c', 'false'])).status).toBe(1);
  });
});

describe('dockersim FILE', () => {
  it('runs FILE like bash FILE: $0 is FILE, ARGs are $1...', async () => {
    const file = join(tmp, 'script.sh');
    writeFileSync(file, 'echo "$0:$1:$#"\necho oops >&2\nexit 3\n');
    expect(await dockersim([file, 'x'])).toEqual({ stdout: `${file}:x:1\n`, stderr: 'oops\n', status: 3 });
  });

  it('reports a missing FILE as bash does, with status 127', async () => {
    const file = join(tmp, 'no-such-script.sh');
    expect(await dockersim([file])).toEqual({
      stdout: '',
      stderr: `dockersim: ${file}: No such file or directory\n`,
      status: 127,
    });
  });
});

describe('dockersim with commands on standard input', () => {
  it('runs them as a script when stdin is not a terminal', async () => {
    const r = await dockersim([], { input: 'echo one\necho two >&2\nexit 4\necho never\n' });
    expect(r).toEqual({ stdout: 'one\n', stderr: 'two\n', status: 4 });
  });
});

describe('dockersim --state', () => {
  it('saves the host after a run and loads it in the next one', async () => {
    const state = join(tmp, 'host.json');
    const first = await dockersim(['--state', state, '-c', 'mkdir d && echo persisted > d/keep.txt']);
    expect(first).toEqual({ stdout: '', stderr: '', status: 0 });
    expect(JSON.parse(readFileSync(state, 'utf8'))).toMatchObject({ format: 'dockersim-state', version: 1 });

    expect(await dockersim([`--state=${state}`, '-c', 'cat d/keep.txt'])).toEqual({
      stdout: 'persisted\n',
      stderr: '',
      status: 0,
    });
    // Without --state every run starts from a fresh host.
    expect((await dockersim(['-c', 'cat d/keep.txt'])).status).toBe(1);
  });

  it('refuses a file that is not a saved host', async () => {
    const state = join(tmp, 'garbage.json');
    writeFileSync(state, 'not json');
    const r = await dockersim(['--state', state, '-c', 'echo unreachable']);
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(new RegExp(`^dockersim: ${state}: not a dockersim state file`));
  });

  it('--seed reaches the host: same seed, same saved state; other seed, other state', async () => {
    const save = async (seed: string, name: string) => {
      const file = join(tmp, name);
      expect((await dockersim(['--seed', seed, '--state', file, '-c', 'true'])).status).toBe(0);
      return readFileSync(file, 'utf8');
    };
    const a = await save('7', 'seed7a.json');
    expect(await save('7', 'seed7b.json')).toBe(a);
    expect(await save('8', 'seed8.json')).not.toBe(a);
  });
});

describe('dockersim options', () => {
  it('rejects an unknown option with status 2 and a hint', async () => {
    expect(await dockersim(['--frob', '-c', 'echo no'])).toEqual({
      stdout: '',
      stderr: "dockersim: --frob: invalid option\nTry 'dockersim --help' for more information.\n",
      status: 2,
    });
  });

  it('rejects -c without commands and a bad --seed with status 2', async () => {
    const noCmd = await dockersim(['-c']);
    expect(noCmd.status).toBe(2);
    expect(noCmd.stderr).toMatch(/^dockersim: -c: option requires an argument\n/);
    const badSeed = await dockersim(['--seed', 'abc', '-c', 'true']);
    expect(badSeed.status).toBe(2);
    expect(badSeed.stderr).toMatch(/^dockersim: --seed: 'abc' is not a whole number/);
  });

  it('--help and --version print to stdout and exit 0', async () => {
    const help = await dockersim(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: dockersim \[OPTION\]\.\.\. \[FILE \[ARG\]\.\.\.\]\n/);
    expect(help.stdout).toContain('--state FILE');
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(await dockersim(['--version'])).toEqual({ stdout: `dockersim ${pkg.version}\n`, stderr: '', status: 0 });
  });
});

/** A Node older than 22.18 on PATH outside the project (the machine's own), if there is one. */
function oldSystemNode(): string | undefined {
  for (const candidate of ['/usr/bin/node', '/usr/local/bin/node']) {
    const r = spawnSync(candidate, ['-p', 'process.versions.node'], { encoding: 'utf8' });
    if (r.status !== 0) continue;
    const [major = 0, minor = 0] = r.stdout.trim().split('.').map(Number);
    if (major < 22 || (major === 22 && minor < 18)) return candidate;
  }
  return undefined;
}

describe('dockersim launcher', () => {
  const oldNode = oldSystemNode();
  it('re-runs itself with the project Node when started by an older Node', async (ctx) => {
    if (!oldNode) skipBecause(ctx, 'no Node.js older than 22.18 on this machine to start the launcher with');
    expect(await dockersim(['-c', 'echo relaunched; exit 7'], { node: oldNode })).toEqual({
      stdout: 'relaunched\n',
      stderr: '',
      status: 7,
    });
  });
});

/** util-linux `script` gives the CLI a pseudo-terminal, so the interactive session starts. */
const hasScript = spawnSync('script', ['--version']).status === 0;

describe('dockersim interactive session', () => {
  it('shows the prompt, runs lines, continues, handles Ctrl-C and Ctrl-D, exits with exit N', async (ctx) => {
    if (!hasScript) skipBecause(ctx, 'util-linux `script` is not installed, so no pseudo-terminal');
    const child = spawn('script', ['-qfec', `'${process.execPath}' '${LAUNCHER}'`, '/dev/null'], {
      cwd: ROOT,
      stdio: 'pipe',
    });
    let raw = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (raw += d));
    const screen = () => raw.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, '').replace(/\r/g, '');
    const closed = new Promise<number | null>((resolve) => child.on('close', resolve));
    const waitFor = async (re: RegExp) => {
      const deadline = Date.now() + 10_000;
      while (!re.test(screen())) {
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${re} in ${JSON.stringify(screen())}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    try {
      await waitFor(/student@docker-host:~\$ $/);
      child.stdin.write('echo "hi there"\r');
      await waitFor(/\nhi there\nstudent@docker-host:~\$ $/);
      child.stdin.write('if true\r');
      await waitFor(/\n> $/);
      child.stdin.write('then echo continued; fi\r');
      await waitFor(/\ncontinued\nstudent@docker-host:~\$ $/);
      // Ctrl-C at a continuation prompt drops the open construct.
      child.stdin.write('if true\r');
      await waitFor(/\n> $/);
      child.stdin.write('\x03');
      await waitFor(/\n> \^C\nstudent@docker-host:~\$ $/);
      child.stdin.write('echo fresh\r');
      await waitFor(/\nfresh\nstudent@docker-host:~\$ $/);
      // Ctrl-C while a command waits for terminal input (a busy loop would race the step limit).
      child.stdin.write('read line\r');
      await waitFor(/\$ read line\n$/);
      child.stdin.write('\x03');
      await waitFor(/\$ read line\n\^C\nstudent@docker-host:~\$ $/);
      // Lines typed for a command are its input; history (Up) holds only commands.
      child.stdin.write('cat\r');
      await waitFor(/\$ cat\n$/);
      child.stdin.write('typed for cat\r\x04');
      await waitFor(/\ntyped for cat\nstudent@docker-host:~\$ $/);
      child.stdin.write('\x1b[A');
      await waitFor(/\$ cat$/);
      child.stdin.write('\x15exit 5\r');
      expect(await closed).toBe(5);
    } finally {
      child.kill();
    }
  });
});
