/**
 * `dockersim --state FILE` keeps Docker's state between runs, as the real CLI through the launcher
 * (scripts/dockersim.mjs) runs it: images, containers, their files and logs come back; a container
 * still running when the first run ended comes back as after a power loss, `Exited (255)`
 * (daemon/state.ts).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');
const LAUNCHER = join(ROOT, 'scripts', 'dockersim.mjs');
const tmp = mkdtempSync(join(tmpdir(), 'dockersim-docker-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

interface Run {
  stdout: string;
  stderr: string;
  status: number | null;
}

function dockersim(args: string[]): Promise<Run> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [LAUNCHER, ...args], { cwd: ROOT, stdio: 'pipe' });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (d: string) => (stdout += d));
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ stdout, stderr, status }));
    child.stdin.end('');
  });
}

describe('dockersim --state with Docker', () => {
  it('a container run with -d in one invocation is in `docker ps -a` in the next', async () => {
    const state = join(tmp, 'docker.json');
    const first = await dockersim(['--state', state, '-c', 'docker run -d --name web busybox sh -c "echo up; echo kept > /f; sleep 300"']);
    expect(first.status).toBe(0);
    expect(first.stdout).toMatch(/^[0-9a-f]{64}\n$/);
    expect(first.stderr).toContain('Status: Downloaded newer image for busybox:latest');
    const id = first.stdout.trim();

    const saved = JSON.parse(readFileSync(state, 'utf8')) as { host: { version: number; parts: { docker: { version: number } } } };
    expect(saved.host.version).toBe(2);
    expect(saved.host.parts.docker.version).toBe(1);

    const second = await dockersim([
      '--state',
      state,
      '-c',
      'docker ps -a --no-trunc --format "{{.ID}} {{.Names}} {{.Status}}"; docker logs web; docker start web; docker exec web cat /f; docker run --rm busybox echo no-pull',
    ]);
    expect(second).toEqual({
      stdout: `${id} web Exited (255) Less than a second ago\nup\nweb\nkept\nno-pull\n`,
      // The image is still there: nothing is pulled again.
      stderr: '',
      status: 0,
    });

    // The third run sees what the second one did: web started again (then stopped by that run's end).
    const third = await dockersim(['--state', state, '-c', 'docker ps -a --format "{{.Names}} {{.Status}}"; docker logs web']);
    expect(third).toEqual({ stdout: 'web Exited (255) Less than a second ago\nup\nup\n', stderr: '', status: 0 });
  });

  it('user data shaped like an encoding tag comes back as it was', async () => {
    const state = join(tmp, 'labels.json');
    const label = `docker create -q --name lab --label '$bytes=abc' --label '$set=x' busybox true >/dev/null 2>&1`;
    const show = 'docker inspect -f "{{json .Config.Labels}}" lab';
    const first = await dockersim(['--state', state, '-c', `${label}; ${show}`]);
    expect(first).toEqual({ stdout: '{"$bytes":"abc","$set":"x"}\n', stderr: '', status: 0 });
    expect(await dockersim(['--state', state, '-c', show])).toEqual(first);
  });
});
