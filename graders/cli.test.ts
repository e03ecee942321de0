/**
 * `npm run grade`: grades a good file, reports a damaged and a foreign file clearly without
 * stopping, and exits non-zero when any file could not be graded.
 */
import { describe, expect, it, beforeAll } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeSubmission } from './submission.ts';
import { layers } from './exercises/layers.ts';

const ROOT_DIR = fileURLToPath(new URL('..', import.meta.url));

function grade(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'grade', '--', ...args], { cwd: ROOT_DIR }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

let dir = '';
const file = (name: string) => join(dir, name);

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'grade-cli-'));
  // A good solution, and a starting-state submission that claims full marks.
  writeFileSync(file('good.json'), writeSubmission({ exercise: 'layers', seed: 1, log: layers.solutions[0].log.map((line) => ({ line })) }));
  writeFileSync(file('claims.json'), JSON.stringify({ format: 'dockersim-submission', version: 1, exercise: 'layers', seed: 1, log: [], results: { score: 3, maxScore: 3 } }));
  writeFileSync(file('damaged.json'), '{"format":"dockersim-submission","version":1,"exercise":"lay');
  writeFileSync(file('foreign.json'), '{"name":"left-pad","version":"1.3.0"}\n');
});

describe('npm run grade', () => {
  it('grades good files, reports damaged and foreign ones and goes on, exits 1', async () => {
    const r = await grade([file('damaged.json'), file('good.json'), file('foreign.json'), file('claims.json')]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`== ${file('good.json')}\nlayers: 3/3\n  [x] diff (1):`);
    expect(r.stdout).toContain(`== ${file('claims.json')}\nlayers: 0/3\n  [ ] diff (1):`);
    expect(r.stderr).toContain(`grade: ${file('damaged.json')}: damaged: not valid JSON`);
    expect(r.stderr).toContain(`grade: ${file('foreign.json')}: foreign: not a dockersim submission or progress file`);
  });

  it('exits 0 when every file was graded, whatever the scores', async () => {
    const r = await grade([file('good.json'), file('claims.json')]);
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
  });

  it('--json gives keys, params and texts in the chosen language', async () => {
    const r = await grade(['--json', '--lang', 'ru', file('claims.json'), file('foreign.json')]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout) as Array<{ file: string; ok: boolean; results?: Array<{ score: number; tasks: Array<{ id: string; diagnosis?: { key: string; text: string } }> }>; error?: { kind: string } }>;
    expect(out.map((x) => [x.ok, x.error?.kind])).toEqual([
      [true, undefined],
      [false, 'foreign'],
    ]);
    const diff = out[0].results![0].tasks.find((t) => t.id === 'diff')!;
    expect(diff.diagnosis).toEqual({ key: 'layers.diff.noContainer', params: { name: 'layered' }, text: expect.stringContaining('Контейнера с именем layered нет') });
  });

  it('a usage error exits 2', async () => {
    const r = await grade([]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('usage: npm run grade');
  });
});
