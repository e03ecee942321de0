/**
 * COPY/ADD --exclude, checked against what BuildKit v0.25.2's own integration test
 * (frontend/dockerfile/exclude_patterns_test.go, testExcludedFilesOnCopy) expects of the same
 * context and Dockerfile: which files each stage ends up with. The 20.10 reference engine's
 * BuildKit predates --exclude, so this cannot be recorded here.
 */
import { describe, expect, it } from 'vitest';
import { createHost } from '../host/host.ts';
import { createSession } from '../shell/session.ts';

const CONTEXT: Record<string, string> = {
  'dir1/file-101.png': '2',
  'dir1/file-102.txt': '3',
  'dir1/file-103.jpeg': '4',
  'dir2/file-201.pdf': '6',
  'dir2/file-202.jpeg': '7',
  'dir2/file-203.png': '8',
  'dir3/file-301.mp3': '9',
  'dir3/file-302.mpeg': '10',
  'dir4/file-401.txt': '11',
};

const DOCKERFILE = `FROM alpine:3.20
COPY --exclude=*/*.png --exclude=*/*.jpeg . /1
COPY --exclude=*/*.pdf --exclude=*/*.txt . /2
ADD --exclude=*.mp3 dir3/ /3/
COPY --exclude=*.mp3 --exclude=*.jpeg --exclude=*.png --exclude=*.pdf --exclude=*.txt dir* /4/
ADD --exclude=*.mp* --exclude=*.jpeg --exclude=*.png --exclude=*.pdf dir* /5
ADD --exclude=* dir* /6
`;

async function build(): Promise<string> {
  const host = createHost({ seed: 5 });
  let out = '';
  const s = createSession({ host, onOutput: (t) => (out += t) });
  const files = Object.entries(CONTEXT).map(([p, v]) => `mkdir -p ctx/${p.slice(0, p.indexOf('/'))} && printf ${v} > ctx/${p}`);
  await s.input(`docker pull -q alpine:3.20 >/dev/null; ${files.join('; ')}`);
  host.fs(host.credOf('student')!, '/home/student').writeFile('Dockerfile', DOCKERFILE);
  await s.input('docker build -q -f Dockerfile -t ex ctx >/dev/null');
  out = '';
  const r = await s.input('docker run --rm ex sh -c "cd / && find 1 2 3 4 5 6 -type f | sort"');
  expect(r.kind === 'done' && r.status).toBe(0);
  return out;
}

describe('COPY and ADD --exclude', () => {
  it('leaves out what BuildKit leaves out, matching paths below each source', async () => {
    expect((await build()).trim().split('\n')).toEqual([
      '1/dir1/file-102.txt',
      '1/dir2/file-201.pdf',
      '1/dir3/file-301.mp3',
      '1/dir3/file-302.mpeg',
      '1/dir4/file-401.txt',
      '2/dir1/file-101.png',
      '2/dir1/file-103.jpeg',
      '2/dir2/file-202.jpeg',
      '2/dir2/file-203.png',
      '2/dir3/file-301.mp3',
      '2/dir3/file-302.mpeg',
      '3/file-302.mpeg',
      '4/file-302.mpeg',
      '5/file-102.txt',
      '5/file-401.txt',
    ]);
  });
});
