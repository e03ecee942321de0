import { describe, expect, it } from 'vitest';
import { parseBuilds } from './build-progress.ts';

// Recorded from the simulator's `docker build`, shortened to the lines that matter.
const PLAIN = `#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 transferring dockerfile: 226B done
#1 DONE 0.0s

#4 [stage-0 1/4] FROM docker.io/library/alpine:3.20
#4 DONE 0.0s

#6 [stage-0 2/4] WORKDIR /app
#6 CACHED

#7 [stage-0 3/4] RUN --mount=type=secret,id=cloud-key grep -q token /run/secrets/cloud-key && echo "dataset 1.0" > data.txt
#7 DONE 0.1s

#8 [stage-0 4/4] COPY app.sh .
#8 DONE 0.0s

#9 exporting to image
#9 exporting layers done
#9 writing image sha256:daec2981b2c594e9709d03e15002140a29ad734535d49f8dc6dd9c04b1bfa74b done
#9 naming to docker.io/library/app:v1 done
#9 DONE 0.0s
`;

const PLAIN_FAILED = `#0 building with "default" instance using docker driver

#1 [internal] load build definition from Dockerfile
#1 DONE 0.0s

#7 [stage-0 3/4] RUN --mount=type=secret,id=cloud-key grep -q token /run/secrets/cloud-key && echo "dataset 1.0" > data.txt
#7 0.060 grep: /run/secrets/cloud-key: No such file or directory
#7 ERROR: process "/bin/sh -c grep -q token /run/secrets/cloud-key && echo \\"dataset 1.0\\" > data.txt" did not complete successfully: exit code: 2
ERROR: failed to build: failed to solve: process "/bin/sh -c grep ..." did not complete successfully: exit code: 2
`;

const E = '\x1b';
const frame = (header: string, lines: string[]) =>
  `${E}[1A${E}[1B${E}[0G${E}[?25l${header}\n` + lines.map((l) => `${E}[34m ${l}\n${E}[0m`).join('') + `${E}[?25h`;

const TTY = frame('[+] Building 0.0s (9/9) FINISHED                                 docker:default', [
  '=> [internal] load build definition from Dockerfile                       0.0s',
  '=> [stage-0 1/4] FROM docker.io/library/alpine:3.20                       0.0s',
  '=> CACHED [stage-0 2/4] WORKDIR /app                                      0.0s',
  '=> CACHED [stage-0 3/4] RUN --mount=type=secret,id=cloud-key grep -q tok  0.0s',
  '=> [stage-0 4/4] COPY app.sh .                                            0.0s',
  '=> exporting to image                                                     0.0s',
  '=> => writing image sha256:ecc344f42d362e7f0f26f69774ec8fc6e1d7f8f862deb  0.0s',
]);

const TTY_FAILED =
  frame('[+] Building 0.1s (7/8)                                          docker:default', [
    '=> [stage-0 2/4] WORKDIR /app                                             0.0s',
    '=> ERROR [stage-0 3/4] RUN --mount=type=secret,id=cloud-key grep -q toke  0.1s',
  ]) +
  '------\n > [stage-0 3/4] RUN --mount=type=secret,id=cloud-key grep -q token /run/secrets/cloud-key:\n0.060 grep: /run/secrets/cloud-key: No such file or directory\n------\n' +
  'ERROR: failed to build: failed to solve: process "/bin/sh -c grep ..." did not complete successfully: exit code: 2\n';

describe('parseBuilds', () => {
  it('reads plain progress: steps, their labels and which were cached', () => {
    const [b] = parseBuilds(PLAIN);
    expect(b.succeeded).toBe(true);
    expect(b.steps.map((s) => [s.label, s.instruction.split(' ')[0], s.cached])).toEqual([
      ['1/4', 'FROM', false],
      ['2/4', 'WORKDIR', true],
      ['3/4', 'RUN', false],
      ['4/4', 'COPY', false],
    ]);
  });

  it('reads the tty display: one line per step, cut to the width, colours and cursor moves dropped', () => {
    const [b, ...rest] = parseBuilds(TTY);
    expect(rest).toEqual([]);
    expect(b.succeeded).toBe(true);
    expect(b.steps.map((s) => [s.label, s.cached, s.instruction])).toEqual([
      ['1/4', false, 'FROM docker.io/library/alpine:3.20'],
      ['2/4', true, 'WORKDIR /app'],
      ['3/4', true, 'RUN --mount=type=secret,id=cloud-key grep -q tok'],
      ['4/4', false, 'COPY app.sh .'],
    ]);
  });

  it('tells builds in one output apart, and a failed build from a written one', () => {
    expect(parseBuilds(PLAIN + PLAIN_FAILED + PLAIN.replace('#7 DONE 0.1s', '#7 CACHED')).map((r) => r.succeeded)).toEqual([true, false, true]);
    const tty = parseBuilds(TTY_FAILED + TTY + TTY);
    expect(tty.map((r) => r.succeeded)).toEqual([false, true, true]);
    expect(tty[0].steps.map((s) => [s.label, s.cached])).toEqual([
      ['2/4', false],
      ['3/4', false],
    ]);
  });

  it('takes a redrawn frame of the tty display as the same build, with the latest state', () => {
    const first = frame('[+] Building 0.0s (3/9)', ['=> [stage-0 2/4] WORKDIR /app    0.0s']);
    const [b, ...rest] = parseBuilds(first + TTY);
    expect(rest).toEqual([]);
    expect(b.steps.find((s) => s.label === '2/4')?.cached).toBe(true);
  });

  it('sees nothing in output that is not a build', () => {
    expect(parseBuilds('sha256:38e62d8058096e8c\n')).toEqual([]);
    expect(parseBuilds('#1 is not a step\n')).toEqual([]);
  });
});
