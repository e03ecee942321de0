import { describe, expect, it } from 'vitest';
import { dispatch } from './command.ts';
import { HELP_GOLDENS } from './testdata/help-goldens.ts';

// Goldens: `docker <path> --help` of docker CLI 28.2.2 through an Engine-28-like daemon stub
// (cli/testdata/record/fake.py), HOME=/root; `@N` keys were recorded with stdin a pty of N columns.
const ENV = { HOME: '/root' };

describe('--help output matches CLI 28 byte for byte', () => {
  for (const [key, expected] of Object.entries(HELP_GOLDENS)) {
    it(key, () => {
      const [path, cols] = key.split('@');
      const argv = path === 'docker' ? [] : path.split(' ');
      const r = dispatch([...argv, '--help'], { env: ENV, columns: cols ? Number(cols) : undefined });
      expect(r.kind).toBe('done');
      if (r.kind !== 'done') return;
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      expect(r.stdout).toBe(expected);
    });
  }
});
