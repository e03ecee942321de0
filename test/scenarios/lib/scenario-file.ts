/**
 * The engine scenario format (test/scenarios/engine/<NNN>-<name>.sh), shared by the recorder
 * (scripts/record-scenarios.ts) and the replay (test/scenarios/engine.test.ts).
 *
 * A scenario is a list of commands, one per line, each run on its own and recorded separately
 * (stdout, stderr, exit status). It is not a bash script: nothing carries over from one line to the
 * next except the file systems and the engine (no variables, no `cd`). Blank lines are ignored;
 * a line starting with `#` is a comment. Comment lines of the form `# key: value` before the first
 * command are directives:
 *
 *   # unordered: docker diff
 *       stdout of every command starting with this prefix is compared as a multiset of lines
 *       (Docker prints it in Go map order).
 *   # normalize: ls-time
 *   # normalize: ["docker top", "^(\\S+)\\t\\d+", "$1\t<pid>"]
 *       an extra normalization applied to both sides: a preset name (see PRESETS in normalize.ts) or
 *       a JSON triple [command prefix ("" = every command), regex source, replacement], applied
 *       with flags `gm` to stdout and stderr after the built-in normalizations. Tables are
 *       tab-separated at that point (see normalize.ts).
 *   # patched: 3 stderr "Error response from daemon: ...\n" -- moby v28.5.2 daemon/delete.go:96
 *   # patched: 3 stderr sub "regex" "replacement" -- runc v1.3.3 libcontainer/process_linux.go:884
 *   # patched: 3 exit 1 -- ...
 *   # patched: 2,4 stderr sub "regex" "replacement" -- ...   (the same patch on commands 2 and 4)
 *       the recorded (normalized) stream of command 3 (1-based) is replaced, or substituted with the
 *       JSON-quoted regex (flags `g`), because Engine 28 prints something else than the recording
 *       daemon (20.10). Everything after ` -- ` is the citation and is required.
 *   # from-source: cli/command/image/pull.go:77
 *       documents that a patched golden was written from source rather than recorded.
 *
 * Any other `# key: value` comment (e.g. `# checks:`) is documentation.
 */

export type Stream = 'stdout' | 'stderr';

export interface Normalizer {
  /** Command prefix this applies to; '' for every command. */
  prefix: string;
  regex: string;
  replacement: string;
}

export type Patch =
  | { command: number; field: Stream; kind: 'set'; value: string; citation: string }
  | { command: number; field: Stream; kind: 'sub'; regex: string; replacement: string; citation: string }
  | { command: number; field: 'exit'; kind: 'set'; value: number; citation: string };

export interface Scenario {
  /** File name without `.sh`, e.g. `001-run-echo`. */
  name: string;
  commands: string[];
  unordered: string[];
  normalizers: Array<Normalizer | { preset: string }>;
  patches: Patch[];
  /** The leading comment lines, for reports. */
  header: string[];
}

export class ScenarioError extends Error {}

const NAME_RE = /^\d{3}-[a-z0-9][a-z0-9-]*$/;

function parseJsonString(src: string, where: string): [string, string] {
  // A JSON string literal at the start of `src`; returns [value, rest].
  const m = /^"(?:[^"\\]|\\.)*"/.exec(src);
  if (!m) throw new ScenarioError(`${where}: expected a JSON string`);
  return [JSON.parse(m[0]) as string, src.slice(m[0].length).trimStart()];
}

/** One `# patched:` line; `2,4 stderr ...` patches commands 2 and 4 alike. */
function parsePatch(value: string, where: string): Patch[] {
  const cite = value.indexOf(' -- ');
  if (cite < 0) throw new ScenarioError(`${where}: a patch needs a citation after " -- "`);
  const citation = value.slice(cite + 4).trim();
  const body = value.slice(0, cite).trim();
  const m = /^(\d+(?:,\d+)*)\s+(stdout|stderr|exit)\s+(.*)$/s.exec(body);
  if (!m) throw new ScenarioError(`${where}: expected "<command#>[,<command#>...] <stdout|stderr|exit> <value> -- <citation>"`);
  const commands = m[1].split(',').map(Number);
  if (commands.some((c) => c < 1)) throw new ScenarioError(`${where}: commands are numbered from 1`);
  const field = m[2] as Stream | 'exit';
  const rest = m[3];
  if (field === 'exit') {
    if (!/^\d+$/.test(rest)) throw new ScenarioError(`${where}: exit patch needs a number`);
    return commands.map((command) => ({ command, field, kind: 'set', value: Number(rest), citation }));
  }
  if (rest.startsWith('sub ')) {
    const [regex, after] = parseJsonString(rest.slice(4).trimStart(), where);
    const [replacement, tail] = parseJsonString(after, where);
    if (tail !== '') throw new ScenarioError(`${where}: unexpected text after the replacement`);
    new RegExp(regex, 'g');
    return commands.map((command) => ({ command, field, kind: 'sub', regex, replacement, citation }));
  }
  const [text, tail] = parseJsonString(rest, where);
  if (tail !== '') throw new ScenarioError(`${where}: unexpected text after the value`);
  return commands.map((command) => ({ command, field, kind: 'set', value: text, citation }));
}

function parseNormalizer(value: string, where: string): Normalizer | { preset: string } {
  if (/^[a-z][a-z0-9-]*$/.test(value)) return { preset: value };
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new ScenarioError(`${where}: normalize needs a preset name or a JSON [prefix, regex, replacement]`);
  }
  if (!Array.isArray(parsed) || parsed.length !== 3 || !parsed.every((x) => typeof x === 'string')) {
    throw new ScenarioError(`${where}: normalize needs a JSON [prefix, regex, replacement]`);
  }
  const [prefix, regex, replacement] = parsed as [string, string, string];
  new RegExp(regex, 'gm');
  return { prefix, regex, replacement };
}

export function parseScenario(name: string, text: string): Scenario {
  if (!NAME_RE.test(name)) throw new ScenarioError(`${name}: scenario names are NNN-lowercase-words`);
  const sc: Scenario = { name, commands: [], unordered: [], normalizers: [], patches: [], header: [] };
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const where = `${name}.sh:${i + 1}`;
    if (line.trim() === '') return;
    if (line.startsWith('#')) {
      if (sc.commands.length === 0) sc.header.push(line);
      const d = /^#\s*([a-z-]+):\s?(.*)$/.exec(line);
      if (!d) return;
      const [, key, value] = d;
      if (sc.commands.length > 0 && ['unordered', 'normalize', 'patched'].includes(key)) {
        throw new ScenarioError(`${where}: directives go before the first command`);
      }
      if (key === 'unordered') sc.unordered.push(value.trim());
      else if (key === 'normalize') sc.normalizers.push(parseNormalizer(value.trim(), where));
      else if (key === 'patched') sc.patches.push(...parsePatch(value, where));
      return;
    }
    if (/^\s/.test(line)) throw new ScenarioError(`${where}: commands start in column 1`);
    sc.commands.push(line);
  });
  if (sc.commands.length === 0) throw new ScenarioError(`${name}: no commands`);
  for (const p of sc.patches) {
    if (p.command > sc.commands.length) {
      throw new ScenarioError(`${name}: patch for command ${p.command}, but there are ${sc.commands.length}`);
    }
  }
  return sc;
}

/** Whether a directive for `prefix` applies to `command` (plain text prefix; '' matches all). */
export function commandMatches(command: string, prefix: string): boolean {
  return command.startsWith(prefix);
}
