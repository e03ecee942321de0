/**
 * The TTY progress display. The line layout (padding, time column, colours, cursor codes) was
 * recorded from a real terminal (`script -c 'stty cols 100; DOCKER_BUILDKIT=1 docker build ...'`,
 * the 20.10 client's BuildKit display): every vertex line is 99 columns, the time ending one
 * column before the edge, e.g.
 *   ESC[34m => [2/4] RUN echo built > /built.txt                                          0.2s\n ESC[0m
 * and a failed build showed `[+] Building 0.4s (7/9)` (the two steps after the failed one counted,
 * not drawn, no FINISHED). The header's right-aligned `docker:default` and the log lines without
 * `#N` are BuildKit v0.25.2's (progressui/display.go: align(out, desc, width-1); trace logs
 * `%.3f <line>`), as buildx v0.29 sets the console description to `<driver>:<builder>`.
 */
import { describe, expect, it } from 'vitest';
import { TtyProgress } from './progress-tty.ts';
import { imageHost } from '../../test/engine/image-fixture.ts';

const PLAIN = `#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 150B done
#1 DONE 0.1s

#2 [internal] load metadata for docker.io/library/alpine:3.20
#2 DONE 0.0s

#3 [2/2] RUN echo built > /built.txt
#3 0.060 built
#3 DONE 0.2s

#4 exporting to image
#4 exporting layers 0.1s done
#4 naming to docker.io/library/c3tty:latest done
#4 DONE 0.1s
`;

describe('TtyProgress', () => {
  it('draws the final frame as BuildKit does at 100 columns', () => {
    let t = 1000;
    const tty = new TtyProgress({ now: () => t, columns: 100 });
    tty.write(PLAIN.slice(0, 200));
    t += 600;
    tty.write(PLAIN.slice(200));
    const pad = (name: string, time: string): string => `\x1b[34m => ${name.padEnd(89)}  ${time}s\n\x1b[0m`;
    expect(tty.finish()).toBe(
      '\x1b[1A\x1b[1B\x1b[0G\x1b[?25l' +
        `${'[+] Building 0.6s (4/4) FINISHED'.padEnd(84)} docker:default\n` +
        pad('[internal] load build definition from Dockerfile', '0.1') +
        pad('=> transferring dockerfile: 150B', '0.0') +
        pad('[internal] load metadata for docker.io/library/alpine:3.20', '0.0') +
        pad('[2/2] RUN echo built > /built.txt', '0.2') +
        pad('exporting to image', '0.1') +
        pad('=> exporting layers', '0.1') +
        pad('=> naming to docker.io/library/c3tty:latest', '0.0') +
        '\x1b[?25h',
    );
  });

  it('cuts names to the width, drops colours with NO_COLOR, and counts the steps a failure left', () => {
    const tty = new TtyProgress({ now: () => 0, columns: 40, noColor: true });
    tty.write('#1 [1/3] FROM docker.io/library/alpine:3.20\n#1 DONE 0.0s\n\n#2 [2/3] RUN false\n#2 ERROR: process "/bin/sh -c false" did not complete successfully: exit code: 1\n------\n > [2/3] RUN false:\n------\nERROR: failed to build: failed to solve: x\n');
    expect(tty.finish()).toBe(
      '\x1b[1A\x1b[1B\x1b[0G\x1b[?25l' +
        `${'[+] Building 0.0s (2/3)'.padEnd(24)} docker:default\n` +
        ` => ${'[1/3] FROM docker.io/library/'.padEnd(29)}  0.0s\n` +
        ` => ${'ERROR [2/3] RUN false'.padEnd(29)}  0.0s\n` +
        '\x1b[?25h------\n > [2/3] RUN false:\n------\nERROR: failed to build: failed to solve: x\n',
    );
  });
});

describe('docker build on a terminal', () => {
  it('auto shows the TTY frame, plain the plain log, tty without a terminal fails', async () => {
    const h = await imageHost({ images: ['alpine:3.20'], tty: true, columns: 80 });
    await h.run(`mkdir -p ctx && printf 'FROM alpine:3.20\\nRUN echo hi > /hi\\n' > ctx/Dockerfile`);
    const auto = await h.run('docker build -t tt ctx');
    expect(auto.status).toBe(0);
    expect(auto.stderr).toContain(`${'[+] Building 0.1s (6/6) FINISHED'.padEnd(64)} docker:default\n`);
    expect(auto.stderr).toContain(`\x1b[34m => ${'[2/2] RUN echo hi > /hi'.padEnd(69)}  0.1s\n\x1b[0m`);
    expect(auto.stderr).not.toContain('#1 ');
    const plain = await h.run('docker build --progress=plain -t tt ctx');
    expect(plain.stderr).toContain('#5 [2/2] RUN echo hi > /hi\n#5 CACHED\n');
    const bad = await h.run('docker build --progress=fancy -t tt ctx');
    expect([bad.status, bad.stderr]).toEqual([1, 'ERROR: invalid progress mode fancy\n']);
    const piped = await h.run('docker build --progress=tty -t tt ctx 2>&1 | cat');
    expect(piped.stdout).toBe('ERROR: failed to get console: provided file is not a console\n');
  });
});
