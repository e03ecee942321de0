/**
 * Engine conformance scenarios: each test/scenarios/engine/<NNN>-<name>.sh was run line by line on
 * a real Docker engine by scripts/record-scenarios.ts (goldens/<name>.json, normalized, patched to
 * Engine 28 where the recording daemon differs). Here each one runs in a fresh simulated host
 * (seed 1) as `student` in /home/student: the base images are pulled first (output discarded),
 * then every command is typed into one shell session, and its stdout, stderr and exit status,
 * normalized the same way, must equal the golden (stdout as a set of lines where the scenario says
 * `# unordered:`). A failure lists each differing command with both outputs and a line diff.
 *
 * Until the simulated host has a `docker` command, every scenario is skipped with the reason.
 */
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';
import { parseScenario, type Scenario } from './lib/scenario-file.ts';
import { ScenarioNormalizer, expandNormalizers } from './lib/normalize.ts';
import { describeDifferences, goldenRelPath, resultsEqual, type CommandResult, type Golden } from './lib/golden.ts';
import { SETUP_COMMANDS } from './lib/base-images.ts';

const ROOT = resolve(import.meta.dirname, '../..');
const DIR = resolve(ROOT, 'test/scenarios/engine');
const RERECORD = '(as root) /work/main/node_modules/.bin/node scripts/record-scenarios.ts --only';
const SKIP_REASON = 'engine not implemented yet (issue 3)';

function newSession() {
  const host = createHost({ seed: 1 });
  const out = { stdout: '', stderr: '' };
  const session = createSession({
    host,
    tty: false,
    onOutput: (text, stream) => {
      out[stream] += text;
    },
  });
  return { session, out };
}

async function hasDocker(): Promise<boolean> {
  const { session } = newSession();
  const r = await session.input('command -v docker');
  return r.kind === 'done' && r.status === 0;
}

async function replay(sc: Scenario): Promise<CommandResult[]> {
  const { session, out } = newSession();
  for (const line of SETUP_COMMANDS) await session.input(line);
  const norm = new ScenarioNormalizer(expandNormalizers(sc.normalizers), {}, sc.unordered);
  const results: CommandResult[] = [];
  for (const cmd of sc.commands) {
    out.stdout = '';
    out.stderr = '';
    const r = await session.input(cmd);
    if (r.kind === 'continue') throw new Error(`${sc.name}: \`${cmd}\` left a construct open in the simulated shell`);
    results.push({
      stdout: norm.normalize(cmd, 'stdout', out.stdout),
      stderr: norm.normalize(cmd, 'stderr', out.stderr),
      exit: r.status,
    });
  }
  return results;
}

const names = readdirSync(DIR)
  .filter((f) => f.endsWith('.sh'))
  .map((f) => f.slice(0, -3))
  .sort();
const dockerPresent = await hasDocker();
if (!dockerPresent) console.warn(`engine scenarios: all ${names.length} skipped: ${SKIP_REASON}`);

describe('engine scenarios (recorded from a real Docker engine)', () => {
  it('has at least 85 scenarios, each with a golden for its current commands', () => {
    expect(names.length).toBeGreaterThanOrEqual(85);
    for (const name of names) {
      const sc = parseScenario(name, readFileSync(resolve(DIR, `${name}.sh`), 'utf8'));
      const file = resolve(ROOT, goldenRelPath(name));
      expect(existsSync(file), `${name}: no golden; record it: ${RERECORD} ${name}`).toBe(true);
      const golden = JSON.parse(readFileSync(file, 'utf8')) as Golden;
      expect(golden.commands.map((c) => c.cmd), `${name}: golden is stale; re-record: ${RERECORD} ${name}`).toEqual(sc.commands);
      expect(golden.recordedWith.note ?? '', `${name}: golden recorded from stand-in images`).not.toMatch(/^DEV/);
    }
  });

  for (const name of names) {
    if (!dockerPresent) {
      it.skip(`${name} — skipped: ${SKIP_REASON}`, () => {});
      continue;
    }
    it(name, async () => {
      const sc = parseScenario(name, readFileSync(resolve(DIR, `${name}.sh`), 'utf8'));
      const golden = JSON.parse(readFileSync(resolve(ROOT, goldenRelPath(name)), 'utf8')) as Golden;
      const actual = await replay(sc);
      if (!resultsEqual(sc, golden.commands, actual)) {
        throw new Error(`${name} differs from the real engine:\n\n${describeDifferences(sc, golden.commands, actual)}`);
      }
    });
  }
});
