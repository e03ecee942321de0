import { describe, expect, it } from 'vitest';
import { createHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';
import { ROOT } from '../../sandbox-engine/vfs/types.ts';

// Recorded from CLI 28.2.2 run as a user without access to the socket (`runuser -u student docker
// ...` against a 0660 root:root socket); the socket path and API version adapted to
// /var/run/docker.sock and Engine 28.5 (API 1.51).
const DENIED = 'permission denied while trying to connect to the Docker daemon socket at unix:///var/run/docker.sock: ';
const DIAL = ': dial unix /var/run/docker.sock: connect: permission denied';

async function outsider() {
  const host = createHost({ seed: 1 });
  const fs = host.fs(ROOT);
  fs.writeFile('/etc/group', fs.readText('/etc/group').replace('docker:x:999:student', 'docker:x:999:'));
  const out = { stdout: '', stderr: '' };
  const s = createSession({ host, onOutput: (t, stream) => (out[stream] += t) });
  return async (line: string) => {
    out.stdout = '';
    out.stderr = '';
    const r = await s.input(line);
    return { ...out, status: r.kind === 'done' ? r.status : -1 };
  };
}

describe('the Docker socket refuses users outside the docker group', () => {
  it('words the refusal after the first request each command makes', async () => {
    const run = await outsider();
    expect(await run('docker ps')).toEqual({ stdout: '', stderr: `${DENIED}Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.51/containers/json"${DIAL}\n`, status: 1 });
    expect(await run('docker images')).toEqual({ stdout: '', stderr: `${DENIED}Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping"${DIAL}\n`, status: 1 });
    expect(await run('docker volume ls')).toEqual({ stdout: '', stderr: `${DENIED}Get "http://%2Fvar%2Frun%2Fdocker.sock/v1.51/volumes"${DIAL}\n`, status: 1 });
    expect(await run('docker run --rm x')).toEqual({
      stdout: '',
      stderr: `docker: ${DENIED}Head "http://%2Fvar%2Frun%2Fdocker.sock/_ping"${DIAL}\n\nRun 'docker run --help' for more information\n`,
      status: 126,
    });
  });
});
