/**
 * The differential fidelity suite: every snippet of snippets.<flavour>.txt was run under the real
 * program (bash + coreutils, or busybox) by scripts/record-differential.ts; here each one runs in a
 * fresh simulated host and must print the same stdout and stderr, byte for byte, and end with the
 * same exit status. One `it` per snippet; a failure shows a line diff of the three.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';
import type { Flavour } from '../../sandbox-engine/shell/process.ts';
import {
  FLAVOURS,
  fixturePath,
  parseSnippets,
  snippetPath,
  type FixtureFile,
  type Recording,
} from './snippets.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const RERECORD = '(as root) /work/main/node_modules/.bin/node scripts/record-differential.ts';

interface Outcome {
  stdout: string;
  stderr: string;
  status: number;
}

async function simulate(script: string, flavour: Flavour): Promise<Outcome> {
  const host = createHost({ seed: 1, flavour });
  let stdout = '';
  let stderr = '';
  const session = createSession({
    host,
    tty: false,
    onOutput: (text, stream) => {
      if (stream === 'stderr') stderr += text;
      else stdout += text;
    },
  });
  const status = await session.runScript(script, { mode: 'command' });
  return { stdout, stderr, status };
}

/**
 * One text block per outcome, so vitest shows a line diff. A missing final newline is marked,
 * since it is invisible otherwise.
 */
function render(o: Outcome): string {
  const block = (name: string, text: string): string => {
    if (text === '') return `--- ${name} (empty)\n`;
    return `--- ${name}\n${text}${text.endsWith('\n') ? '' : '\u23CE(no newline at end)\n'}`;
  };
  return `${block('stdout', o.stdout)}${block('stderr', o.stderr)}--- status ${o.status}\n`;
}

for (const flavour of FLAVOURS) {
  const snippets = parseSnippets(readFileSync(resolve(ROOT, snippetPath(flavour)), 'utf8'), snippetPath(flavour));
  const fixture = JSON.parse(readFileSync(resolve(ROOT, fixturePath(flavour)), 'utf8')) as FixtureFile;
  const recorded = new Map<string, Recording>(fixture.snippets.map((r) => [r.name, r]));

  describe(`differential: ${flavour} (recorded with ${fixture.recordedWith.join(', ')})`, () => {
    it('has a recording for every snippet, made from its current text', () => {
      const stale = snippets
        .filter((s) => recorded.get(s.name)?.script !== s.script)
        .map((s) => s.name);
      const orphans = fixture.snippets.filter((r) => !snippets.some((s) => s.name === r.name)).map((r) => r.name);
      expect({ stale, orphans }, `re-record with: ${RERECORD} ${flavour}`).toEqual({ stale: [], orphans: [] });
    });

    for (const snippet of snippets) {
      it(snippet.name, { timeout: 15_000 }, async () => {
        const want = recorded.get(snippet.name);
        if (!want || want.script !== snippet.script) {
          throw new Error(`no recording of the current text of ${snippet.name}; re-record with: ${RERECORD} ${flavour}`);
        }
        const got = await simulate(snippet.script, flavour);
        expect(render(got), `snippet ${flavour}/${snippet.name}:\n${snippet.script}\n`).toBe(render(want));
      });
    }
  });
}
