/**
 * BuildKit's build checks (frontend/dockerfile/linter in BuildKit v0.25.2, Engine 28.5): the
 * warnings a real `docker build` prints after the build as `- Rule: message (line N)`. Rule texts
 * are the rules' own Format functions (recorded by running them, see diagnostics.test.ts).
 *
 * Which checks, and where BuildKit runs them:
 * - parser warnings: NoEmptyContinuation (convert.go turns the parser's warning into the check);
 * - instructions.Parse, every stage: StageNameCasing, FromAsCasing, MaintainerDeprecated;
 * - convert.go before dispatch, every stage: ReservedStageName, DuplicateStageName,
 *   ConsistentInstructionCasing;
 * - convert.go while dispatching, only the stages the build reaches (the last stage and what it
 *   needs through FROM <stage>, COPY --from and RUN --mount from=): JSONArgsRecommended,
 *   MultipleInstructionsDisallowed, LegacyKeyValueFormat, SecretsUsedInArgOrEnv,
 *   WorkdirRelativePath.
 * Not done: checks that need build args, base image configs or the context (UndefinedVar,
 * UndefinedArgInFrom, InvalidDefaultArgInFrom, the FROM --platform checks, EXPOSE's port checks,
 * the experimental ones). Base images are taken to set no SHELL (true of the course's catalog).
 * `# check=skip=Rule,…` and `# check=skip=all` are honoured; `error=true` is not.
 */
import { goQuote } from '../../cli/go/quote.ts';
import type { Node } from './ast.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { Command, Stage } from './instruction-types.ts';
import type { ParsedDockerfile } from './instructions.ts';
import { parseMount } from './run-mount.ts';

interface Range {
  line: number;
  endLine: number;
}

class Warnings {
  readonly out: Diagnostic[] = [];
  private readonly skip: Set<string> | 'all';

  constructor(check: string | undefined) {
    this.skip = skipped(check);
  }

  add(rule: string, message: string, at: Range): void {
    if (this.skip === 'all' || this.skip.has(rule)) return;
    this.out.push({ line: at.line, endLine: at.endLine, severity: 'warning', message: `${rule}: ${message}`, code: rule });
  }
}

/** linter.ParseLintOptions' `skip=` (options it would reject are ignored here). */
function skipped(check: string | undefined): Set<string> | 'all' {
  const rules = new Set<string>();
  if (check === undefined) return rules;
  for (const part of check.trim().split(';')) {
    const eq = part.indexOf('=');
    if (eq < 0 || part.slice(0, eq).trim() !== 'skip') continue;
    const v = part.slice(eq + 1).trim();
    if (v === 'all') return 'all';
    for (const r of v.split(',')) rules.add(r.trim());
  }
  return rules;
}

const rangeOf = (x: { startLine: number; endLine: number }): Range => ({ line: x.startLine, endLine: x.endLine });

/** The words after the instruction name (FROM's are plain values). */
function words(node: Node): string[] {
  const out: string[] = [];
  for (let n = node.next; n !== null; n = n.next) out.push(n.value);
  return out;
}

const isSelfConsistentCasing = (s: string) => s === s.toLowerCase() || s === s.toUpperCase();

export function lint(parsed: ParsedDockerfile): Diagnostic[] {
  const check = parsed.parse.directives.find((d) => d.name === 'check')?.value;
  const w = new Warnings(check);
  for (const pw of parsed.parse.warnings) w.add('NoEmptyContinuation', 'Empty continuation line', { line: pw.line, endLine: pw.line });
  parseTimeChecks(parsed, w);
  stageNameChecks(parsed.stages, w);
  casingChecks(parsed.stages, w);
  const reached = reachable(parsed.stages);
  dispatchChecks(parsed.stages, reached, w);
  // Stable: same-line warnings keep BuildKit's order.
  return w.out.map((d, i) => [d, i] as const).sort((a, b) => a[0].line - b[0].line || a[1] - b[1]).map(([d]) => d);
}

/** instructions.Parse: FROM's stage name and `AS` casing, MAINTAINER. */
function parseTimeChecks(parsed: ParsedDockerfile, w: Warnings): void {
  for (const node of parsed.parse.ast.children) {
    const name = node.value.toLowerCase();
    const at = rangeOf(node);
    if (name === 'maintainer') w.add('MaintainerDeprecated', 'Maintainer instruction is deprecated in favor of using label', at);
    if (name !== 'from') continue;
    const args = words(node);
    if (args.length === 3 && args[2] !== args[2].toLowerCase()) w.add('StageNameCasing', `Stage name '${args[2]}' should be lowercase`, at);
    if (args.length >= 3 && isSelfConsistentCasing(node.value)) {
      const lower = node.value === node.value.toLowerCase();
      const as = args[1];
      if (as !== (lower ? as.toLowerCase() : as.toUpperCase())) {
        w.add('FromAsCasing', `'${as}' and '${node.value}' keywords' casing do not match`, at);
      }
    }
  }
}

const RESERVED_STAGE_NAMES = new Set(['context', 'scratch']);

/** convert.go validateStageNames. */
function stageNameChecks(stages: readonly Stage[], w: Warnings): void {
  const seen = new Set<string>();
  for (const st of stages) {
    if (st.name === '') continue;
    if (RESERVED_STAGE_NAMES.has(st.name)) {
      w.add('ReservedStageName', `Stage name should not use the same name as reserved stage ${goQuote(st.name)}`, rangeOf(st));
    }
    if (seen.has(st.name)) w.add('DuplicateStageName', `Duplicate stage name ${goQuote(st.name)}, stage names should be unique`, rangeOf(st));
    seen.add(st.name);
  }
}

/** convert.go validateCommandCasing: every instruction against the file's majority casing. */
function casingChecks(stages: readonly Stage[], w: Warnings): void {
  let lower = 0;
  let upper = 0;
  const count = (name: string) => {
    if (!isSelfConsistentCasing(name)) return;
    if (name === name.toLowerCase()) lower++;
    else upper++;
  };
  for (const st of stages) {
    count(st.origCmd);
    for (const c of st.commands) count(c.name);
  }
  const majorityLower = lower > upper;
  const match = (name: string, at: Range) => {
    let casing = '';
    if (majorityLower && name.toLowerCase() !== name) casing = 'lowercase';
    else if (!majorityLower && name.toUpperCase() !== name) casing = 'uppercase';
    if (casing !== '') w.add('ConsistentInstructionCasing', `Command '${name}' should match the case of the command majority (${casing})`, at);
  };
  for (const st of stages) {
    match(st.origCmd, rangeOf(st));
    for (const c of st.commands) match(c.name, rangeOf(c));
  }
}

/**
 * The stages a build of the last stage dispatches (convert.go allReachableStages): the target, its
 * base stage (FROM <earlier stage name>, exact), and the sources of COPY --from (a stage name in
 * any case, or an index) and RUN --mount from=. Names with variables are left out.
 */
function reachable(stages: readonly Stage[]): Set<number> {
  const byName = new Map<string, number>();
  stages.forEach((s, i) => {
    if (s.name !== '') byName.set(s.name, i);
  });
  const base = stages.map((s, i) => {
    for (let j = 0; j < i; j++) if (stages[j].name !== '' && stages[j].name === s.baseName) return j;
    return null;
  });
  const sourceOf = (from: string): number | null => {
    if (from === '' || from.includes('$')) return null;
    if (/^\d+$/.test(from)) return Number(from) < stages.length ? Number(from) : null;
    return byName.get(from.toLowerCase()) ?? null;
  };
  const seen = new Set<number>();
  const visit = (i: number): void => {
    if (seen.has(i)) return;
    seen.add(i);
    if (base[i] !== null) visit(base[i]!);
    for (const c of stages[i].commands) {
      if (c.kind === 'copy') {
        const j = sourceOf(c.from);
        if (j !== null) visit(j);
      } else if (c.kind === 'run') {
        for (const raw of c.mounts) {
          let from = '';
          try {
            from = parseMount(raw, (word) => word).from;
          } catch {
            continue; // a bad mount fails the build when the step runs; not a check
          }
          const j = from === '' ? null : byName.get(from.toLowerCase()) ?? null;
          if (j !== null) visit(j);
        }
      }
    }
  };
  if (stages.length > 0) visit(stages.length - 1);
  return seen;
}

// convert.go getSecretsRegex: a secret-looking word between underscores (or the ends), unless a
// `public` word is there too.
const SECRET = /(?:_|^)(?:apikey|auth|credential|credentials|key|password|pword|passwd|secret|token)(?:_|$)/i;
const SECRET_ALLOWED = /(?:_|^)(?:public)(?:_|$)/i;

function secretKey(instruction: 'ARG' | 'ENV', key: string, at: Range, w: Warnings): void {
  if (SECRET.test(key) && !SECRET_ALLOWED.test(key)) {
    w.add('SecretsUsedInArgOrEnv', `Do not use ARG or ENV instructions for sensitive data (${instruction} ${goQuote(key)})`, at);
  }
}

interface StageState {
  /** A SHELL instruction ran in this stage or the stage it is built on. */
  shell: boolean;
  /** A WORKDIR ran in this stage or the stage it is built on. */
  workdirSet: boolean;
}

/** The checks convert.go's dispatch* functions run, stage by stage in file order. */
function dispatchChecks(stages: readonly Stage[], reached: Set<number>, w: Warnings): void {
  const states: (StageState | null)[] = stages.map(() => null);
  stages.forEach((st, i) => {
    if (!reached.has(i)) return;
    let baseState: StageState | null = null;
    for (let j = 0; j < i; j++) if (stages[j].name !== '' && stages[j].name === st.baseName) baseState = states[j];
    const state: StageState = { shell: baseState?.shell ?? false, workdirSet: baseState?.workdirSet ?? false };
    // validateUsedOnce: per stage, not inherited; the warning points at the instruction that loses.
    const used = new Map<string, Command>();
    const usedOnce = (c: Command) => {
      const prev = used.get(c.kind);
      if (prev !== undefined) {
        w.add('MultipleInstructionsDisallowed', `Multiple ${c.name} instructions should not be used in the same stage because only the last one will be used`, rangeOf(prev));
      }
      used.set(c.kind, c);
    };
    for (const c of st.commands) {
      const at = rangeOf(c);
      switch (c.kind) {
        case 'env':
          for (const e of c.env) {
            if (e.noDelim) w.add('LegacyKeyValueFormat', legacy(c.name), at);
            secretKey('ENV', e.key, at, w);
          }
          break;
        case 'label':
          for (const l of c.labels) if (l.noDelim) w.add('LegacyKeyValueFormat', legacy(c.name), at);
          break;
        case 'arg':
          for (const a of c.args) secretKey('ARG', a.key, at, w);
          break;
        case 'cmd':
        case 'entrypoint':
          usedOnce(c);
          if (c.prependShell && !state.shell) {
            w.add('JSONArgsRecommended', `JSON arguments recommended for ${c.name} to prevent unintended behavior related to OS signals`, at);
          }
          break;
        case 'healthcheck':
          usedOnce(c);
          break;
        case 'shell':
          state.shell = true;
          break;
        case 'workdir':
          // The path is checked after expansion in BuildKit; one with variables is not judged here.
          if (!state.workdirSet && !c.path.startsWith('/') && !c.path.includes('$')) {
            w.add('WorkdirRelativePath', `Relative workdir ${goQuote(c.path)} can have unexpected results if the base image changes`, at);
          }
          state.workdirSet = true;
          break;
      }
    }
    states[i] = state;
  });
}

const legacy = (name: string) => `"${name} key=value" should be used instead of legacy "${name} key value" format`;
