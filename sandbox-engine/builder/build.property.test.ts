/**
 * Bad Dockerfiles get BuildKit's error, never an exception: random Dockerfiles assembled from
 * fragments of real instructions (valid, mistyped, with bad flags, unbalanced quotes, heredocs,
 * continuation lines, unknown stages and mounts) are built with `docker build`. Whatever the
 * text, the command ends with status 0 (built) or 1 (BuildKit's failure, an `ERROR:` line on
 * stderr), and the session stays usable. A failure prints fast-check's seed and the shrunk text.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createHost } from '../host/host.ts';
import { createSession } from '../shell/session.ts';

const LINES = [
  'FROM alpine:3.20',
  'FROM alpine:3.20 AS base',
  'FROM base',
  'FROM scratch',
  'FROM nosuch/image:1',
  'FROM --platform=linux/arm64 alpine:3.20',
  'FROM',
  'RUN echo hi > /f',
  'RUN ["sh", "-c", "echo x"]',
  'RUN ["sh", "-c", ]',
  'RUN exit 3',
  'RUN --mount=type=bind,source=a.txt,target=/a cat /a',
  'RUN --mount=type=nosuch true',
  'RUN --mount=type=secret,id=s,required true',
  'RUN --mount=type=cache,target=/c touch /c/x',
  'RUN --mount=from=base,target=/b ls /b',
  'COPY a.txt /a.txt',
  'COPY missing.txt /',
  'COPY --from=base /f /g',
  'COPY --from=nosuch /f /g',
  'COPY --chmod=999 a.txt /x',
  'COPY --chown=nobody:nogroup a.txt /y',
  'COPY --exclude=*.txt . /ctx/',
  'ADD a.txt /added/',
  'ADD https://example.com/x /x',
  'WORKDIR /app',
  'WORKDIR relative',
  'ENV A=1 B="two words"',
  'ENV A',
  'ARG V=1',
  'ARG',
  'LABEL k=v',
  'EXPOSE 80/tcp',
  'EXPOSE abc',
  'VOLUME /data',
  'USER nobody',
  'USER 12345:12345',
  'SHELL ["/bin/sh", "-c"]',
  'SHELL not-json',
  'STOPSIGNAL SIGTERM',
  'HEALTHCHECK --interval=5s CMD true',
  'HEALTHCHECK --interval=x CMD true',
  'ONBUILD RUN echo later',
  'ONBUILD ONBUILD RUN x',
  'CMD ["cat", "/f"]',
  'ENTRYPOINT echo "unbalanced',
  'RUNN echo typo',
  'run echo lower case',
  'RUN echo \\',
  '  continued',
  'RUN <<EOF',
  'echo heredoc',
  'EOF',
  '# comment',
  '# syntax=docker/dockerfile:1',
  '# escape=`',
  '',
  '   ',
  '\t',
  'MAINTAINER someone',
  '${UNSET}',
  'COPY --link a.txt /l',
];

describe('docker build on random Dockerfiles', () => {
  it('always ends with BuildKit status 0 or 1, never an exception', async () => {
    const host = createHost({ seed: 11 });
    let out = '';
    let err = '';
    const s = createSession({ host, onOutput: (t, stream) => (stream === 'stderr' ? (err += t) : (out += t)) });
    await s.input('docker pull -q alpine:3.20 >/dev/null; mkdir -p ctx && echo a > ctx/a.txt');
    const fs = host.fs(host.credOf('student')!, '/home/student');
    await fc.assert(
      fc.asyncProperty(fc.array(fc.constantFrom(...LINES), { minLength: 0, maxLength: 8 }), async (lines) => {
        fs.writeFile('ctx/Dockerfile', lines.join('\n') + '\n');
        out = '';
        err = '';
        const r = await s.input('docker build -q ctx');
        expect(r.kind).toBe('done');
        const status = r.kind === 'done' ? r.status : -1;
        expect([0, 1], `status ${status}\nstdout: ${out}\nstderr: ${err}`).toContain(status);
        if (status === 1) expect(err).toMatch(/ERROR|error/);
        expect(err).not.toMatch(/TypeError|ReferenceError|RangeError|is not a function|undefined/);
      }),
      { numRuns: 150 },
    );
    // The session still works.
    out = '';
    await s.input('echo alive');
    expect(out).toBe('alive\n');
  }, 120_000);
});
