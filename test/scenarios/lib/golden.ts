/**
 * Goldens of the engine scenarios (test/scenarios/engine/goldens/<name>.json): what the real engine
 * printed for each command, normalized (normalize.ts) and patched where Engine 28 differs from the
 * recording daemon. Written by scripts/record-scenarios.ts, read by test/scenarios/engine.test.ts.
 */
import { commandMatches, type Patch, type Scenario } from './scenario-file.ts';

export interface CommandResult {
  stdout: string;
  stderr: string;
  exit: number;
}

export interface GoldenCommand extends CommandResult {
  cmd: string;
  /** Fields replaced by `# patched:` lines, with what the recording daemon printed and why. */
  patched?: Array<{ field: 'stdout' | 'stderr' | 'exit'; recorded: string | number; citation: string }>;
}

export interface Golden {
  scenario: string;
  /** Versions of the programs that produced the recording. */
  recordedWith: { client: string; daemon: string; note?: string };
  commands: GoldenCommand[];
}

export function goldenRelPath(name: string): string {
  return `test/scenarios/engine/goldens/${name}.json`;
}

/** Applies a scenario's patches to its normalized recording. */
export function applyPatches(commands: GoldenCommand[], patches: Patch[]): GoldenCommand[] {
  const out = commands.map((c) => ({ ...c }));
  for (const p of patches) {
    const c = out[p.command - 1];
    const recorded = c[p.field];
    let next: string | number;
    if (p.kind === 'sub') {
      const re = new RegExp(p.regex, 'g');
      const text = recorded as string;
      if (!re.test(text)) {
        throw new Error(`patch for command ${p.command} ${p.field}: ${JSON.stringify(p.regex)} does not match ${JSON.stringify(text)}`);
      }
      next = text.replace(new RegExp(p.regex, 'g'), p.replacement);
    } else {
      next = p.value;
    }
    if (p.field === 'exit') c.exit = next as number;
    else c[p.field] = next as string;
    c.patched = [...(c.patched ?? []), { field: p.field, recorded, citation: p.citation }];
  }
  return out;
}

/** Lines of `text` sorted, for outputs Docker prints in no fixed order. */
function sortedLines(text: string): string {
  if (text === '') return text;
  const nl = text.endsWith('\n');
  const lines = (nl ? text.slice(0, -1) : text).split('\n').sort();
  return lines.join('\n') + (nl ? '\n' : '');
}

/** What is compared for one command: unordered outputs as sorted lines. */
export function comparable(sc: Scenario, cmd: string, r: CommandResult): CommandResult {
  const unordered = sc.unordered.some((p) => commandMatches(cmd, p));
  return unordered ? { stdout: sortedLines(r.stdout), stderr: r.stderr, exit: r.exit } : r;
}

function block(name: string, text: string): string {
  if (text === '') return `  ${name}: (empty)\n`;
  const body = text.endsWith('\n') ? text : `${text}\u23CE(no newline at end)\n`;
  return `  ${name}:\n${body.replace(/^/gm, '    | ').replace(/ {4}\| $/, '')}`;
}

/**
 * A per-command report of where the replay differs from the golden: each differing command with
 * the expected and actual streams, as text meant for a human.
 */
export function describeDifferences(sc: Scenario, golden: GoldenCommand[], actual: CommandResult[]): string {
  const parts: string[] = [];
  golden.forEach((g, i) => {
    const a = actual[i];
    if (!a) {
      parts.push(`#${i + 1} $ ${g.cmd}\n  (not run)\n`);
      return;
    }
    const ge = comparable(sc, g.cmd, g);
    const ae = comparable(sc, g.cmd, a);
    const diffs: string[] = [];
    for (const f of ['stdout', 'stderr'] as const) {
      if (ge[f] !== ae[f]) diffs.push(`${block(`expected ${f}`, g[f])}${block(`actual ${f}`, a[f])}${lineDiff(ge[f], ae[f])}`);
    }
    if (ge.exit !== ae.exit) diffs.push(`  exit: expected ${g.exit}, actual ${a.exit}\n`);
    if (diffs.length) parts.push(`#${i + 1} $ ${g.cmd}${sc.unordered.some((p) => commandMatches(g.cmd, p)) ? '   (stdout compared as a set of lines)' : ''}\n${diffs.join('')}`);
  });
  return parts.join('\n');
}

/** A minimal line diff (LCS), `-` expected, `+` actual. */
function lineDiff(expected: string, actual: string): string {
  const a = expected.split('\n');
  const b = actual.split('\n');
  if (a.length * b.length > 250_000) return '';
  const lcs: number[][] = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--) {
    for (let j = b.length - 1; j >= 0; j--) {
      lcs[i][j] = a[i] === b[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: string[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length || j < b.length) {
    if (i < a.length && j < b.length && a[i] === b[j]) {
      out.push(`      ${a[i]}`);
      i++;
      j++;
    } else if (j < b.length && (i === a.length || lcs[i][j + 1] >= lcs[i + 1][j])) {
      out.push(`    + ${b[j++]}`);
    } else {
      out.push(`    - ${a[i++]}`);
    }
  }
  return `  diff (- expected, + actual):\n${out.join('\n')}\n`;
}

export function resultsEqual(sc: Scenario, golden: GoldenCommand[], actual: CommandResult[]): boolean {
  if (golden.length !== actual.length) return false;
  return golden.every((g, i) => {
    const x = comparable(sc, g.cmd, g);
    const y = comparable(sc, g.cmd, actual[i]);
    return x.stdout === y.stdout && x.stderr === y.stderr && x.exit === y.exit;
  });
}
