import { describe, expect, it } from 'vitest';
import { engineSession } from './engine-session.ts';

// Recorded from a real engine (Docker 20.10 + runc; moby adds noexec,nosuid,nodev to every tmpfs):
// a script on a --tmpfs mount cannot be executed: `sh: /t/s: Permission denied`, status 126; the
// `exec` option lifts it.
describe('tmpfs mounts are noexec', () => {
  it('refuses to execute a file on --tmpfs unless mounted with exec', async () => {
    const s = await engineSession({ images: ['alpine:3.20'] });
    const script = `sh -c 'printf "#!/bin/sh\\necho hi\\n" > /t/s; chmod +x /t/s; /t/s'`;
    const denied = await s.run(`docker run --rm --tmpfs /t alpine:3.20 ${script}`);
    expect(denied).toEqual({ stdout: '', stderr: 'sh: /t/s: Permission denied\n', status: 126 });
    const allowed = await s.run(`docker run --rm --tmpfs /t:exec alpine:3.20 ${script}`);
    expect(allowed).toEqual({ stdout: 'hi\n', stderr: '', status: 0 });
  });
});
