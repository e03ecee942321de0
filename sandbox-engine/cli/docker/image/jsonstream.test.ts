import { describe, expect, it } from 'vitest';
import { JSONStreamDisplay, progressString } from './jsonstream.ts';
import type { PullEvent } from '../../../registry/index.ts';

// A busybox pull on a terminal, recorded from the docker 28.2.2 CLI against a real daemon with
// `script -qc "stty cols 80; docker pull busybox"` (the tty's \r\n turned back into \n).
const ID = '171fbfab1c0b';
const EVENTS: PullEvent[] = [
  { id: 'latest', status: 'Pulling from library/busybox', at: 0 },
  { id: ID, status: 'Pulling fs layer', progressDetail: {}, at: 0 },
  { id: ID, status: 'Downloading', progressDetail: { current: 3679, total: 11670 }, at: 1 },
  { id: ID, status: 'Verifying Checksum', progressDetail: {}, at: 2 },
  { id: ID, status: 'Download complete', progressDetail: {}, at: 2 },
  { id: ID, status: 'Extracting', progressDetail: { current: 11670, total: 11670 }, at: 3 },
  { id: ID, status: 'Extracting', progressDetail: { current: 11670, total: 11670 }, at: 3 },
  { id: ID, status: 'Pull complete', progressDetail: {}, at: 4 },
  { status: 'Digest: sha256:43123e498e2d830c0bdb73162f6082d48d6d5f84f5fb1a189a8e1b32b149abbb', at: 4 },
  { status: 'Status: Downloaded newer image for busybox:latest', at: 4 },
];

const RECORDED_TTY =
  'latest: Pulling from library/busybox\n' +
  `\n\x1b[1A\x1b[2K\r${ID}: Pulling fs layer \r\x1b[1B` +
  `\x1b[1A\x1b[2K\r${ID}: Downloading  3.679kB/11.67kB\r\x1b[1B` +
  `\x1b[1A\x1b[2K\r${ID}: Verifying Checksum \r\x1b[1B` +
  `\x1b[1A\x1b[2K\r${ID}: Download complete \r\x1b[1B` +
  `\x1b[1A\x1b[2K\r${ID}: Extracting  11.67kB/11.67kB\r\x1b[1B` +
  `\x1b[1A\x1b[2K\r${ID}: Extracting  11.67kB/11.67kB\r\x1b[1B` +
  `\x1b[1A\x1b[2K\r${ID}: Pull complete \r\x1b[1B` +
  'Digest: sha256:43123e498e2d830c0bdb73162f6082d48d6d5f84f5fb1a189a8e1b32b149abbb\n' +
  'Status: Downloaded newer image for busybox:latest\n';

describe('JSON message stream display (jsonmessage.DisplayJSONMessagesStream)', () => {
  it('on a terminal: one line per layer, redrawn in place', () => {
    const d = new JSONStreamDisplay({ terminal: true, width: 80 });
    expect(EVENTS.map((e) => d.render(e)).join('')).toBe(RECORDED_TTY);
  });

  it('not a terminal: byte-count progress is dropped', () => {
    const d = new JSONStreamDisplay({ terminal: false });
    // The form recorded from `docker pull busybox > file` (docker 28.2.2).
    expect(EVENTS.map((e) => d.render(e)).join('')).toBe(
      `latest: Pulling from library/busybox\n${ID}: Pulling fs layer\n${ID}: Verifying Checksum\n${ID}: Download complete\n${ID}: Pull complete\n` +
        'Digest: sha256:43123e498e2d830c0bdb73162f6082d48d6d5f84f5fb1a189a8e1b32b149abbb\nStatus: Downloaded newer image for busybox:latest\n',
    );
  });

  it('two layers: the cursor moves to each layer\'s own line', () => {
    const d = new JSONStreamDisplay({ terminal: true, width: 80 });
    const out = [
      { id: 'a', status: 'Pulling fs layer', progressDetail: {}, at: 0 },
      { id: 'b', status: 'Pulling fs layer', progressDetail: {}, at: 0 },
      { id: 'a', status: 'Pull complete', progressDetail: {}, at: 0 },
    ].map((e) => d.render(e));
    expect(out).toEqual([
      '\n\x1b[1A\x1b[2K\ra: Pulling fs layer \r\x1b[1B',
      '\n\x1b[1A\x1b[2K\rb: Pulling fs layer \r\x1b[1B',
      '\x1b[2A\x1b[2K\ra: Pull complete \r\x1b[2B',
    ]);
  });

  it('progress text: counts, and a bar only on terminals wider than 110 columns', () => {
    expect(progressString({ current: 3679, total: 11670 }, 80)).toBe(' 3.679kB/11.67kB');
    // Recorded with `stty cols 200`: `…: Downloading [===============>   …   ]  3.679kB/11.67kB`.
    expect(progressString({ current: 3679, total: 11670 }, 200)).toBe(`[${'='.repeat(15)}>${' '.repeat(35)}]  3.679kB/11.67kB`);
    expect(progressString({ current: 11670, total: 11670 }, 200)).toBe(`[${'='.repeat(50)}>]  11.67kB/11.67kB`);
    expect(progressString({}, 200)).toBe('');
  });
});
