/**
 * Simple commands: expand the words, then the assignments, then run a function, a builtin or a
 * program with the redirections applied. Stays synchronous when nothing needs I/O (so `x=$((x+1))`
 * and `[ $i -lt 10 ]` cost no promise), and goes asynchronous as soon as something does.
 */
import type { Assignment, Script, SimpleCommand } from './ast.ts';
import type { ShellInterp } from './shell-api.ts';
import type { Shell } from './shell-state.ts';
import { Parser } from './parser.ts';
import { ReadonlyError } from './vars.ts';
import { runExternal } from './programs.ts';
import { isAlmquist, type Dialect } from './dialect.ts';

/** Aliases being expanded right now (no recursion into the same alias). */
const aliasesInUse = new Set<string>();

export function execSimple(interp: ShellInterp, cmd: SimpleCommand, sh: Shell): number | Promise<number> {
  interp.rt.tick();
  sh.line = cmd.line;
  // dash expands aliases in scripts too (bash and ash only interactively).
  if ((interp.interactive || interp.dialect === 'dash') && sh.aliases.size > 0 && cmd.words.length > 0) {
    const expanded = expandAlias(interp, cmd, sh);
    if (expanded !== undefined) return expanded;
  }
  sh.substStatus = undefined;
  let words: string[] | Promise<string[]>;
  if (cmd.words.length === 0) words = [];
  else {
    try {
      words = interp.run(sh, interp.expander(sh).words(cmd.words));
    } catch (e) {
      return interp.expansionFailed(e, sh);
    }
  }
  if (words instanceof Promise) return words.then((w) => execWords(interp, cmd, sh, w), (e) => interp.expansionFailed(e, sh));
  return execWords(interp, cmd, sh, words);
}

/**
 * Interactive shells expand aliases: a first word that is a plain, unquoted alias name is
 * replaced by the alias text and the command parsed again (an alias is not expanded inside its
 * own expansion).
 */
function expandAlias(interp: ShellInterp, cmd: SimpleCommand, sh: Shell): number | Promise<number> | undefined {
  const w0 = cmd.words[0];
  if (w0.parts.length !== 1 || w0.parts[0].type !== 'lit') return undefined;
  const name = w0.parts[0].text;
  const value = sh.aliases.get(name);
  if (value === undefined || aliasesInUse.has(name)) return undefined;
  // dash replaces aliases while parsing: one made by a command parsed later is not seen yet.
  if (interp.dialect === 'dash' && (sh.aliasSince.get(name) ?? -1) >= interp.parseSerial) return undefined;
  const text = [...cmd.assigns.map((a) => `${a.name}=${a.value.raw}`), value, ...cmd.words.slice(1).map((w) => w.raw)].join(' ');
  let script: Script;
  try {
    script = new Parser(text, { dialect: interp.dialect, heredocEofOk: true, startLine: cmd.line }).parseAll();
  } catch {
    return undefined;
  }
  aliasesInUse.add(name);
  let r: number | Promise<number>;
  try {
    r = interp.withRedirs(cmd.redirs, sh, () => interp.execScript(script, sh));
  } catch (e) {
    aliasesInUse.delete(name);
    throw e;
  }
  if (typeof r === 'number') {
    aliasesInUse.delete(name);
    return r;
  }
  return r.finally(() => aliasesInUse.delete(name));
}

/** Values of `NAME=value` words. */
function assignValues(interp: ShellInterp, cmd: SimpleCommand, sh: Shell): [string, string][] | Promise<[string, string][]> {
  const ex = interp.expander(sh);
  const out: [string, string][] = [];
  for (let i = 0; i < cmd.assigns.length; i++) {
    const a = cmd.assigns[i];
    let v: string | Promise<string>;
    try {
      v = interp.run(sh, ex.string(a.value.parts));
    } catch (e) {
      return interp.expansionFailed(e, sh);
    }
    if (v instanceof Promise) {
      return (async () => {
        try {
          out.push([a.name, a.append ? (sh.vars.get(a.name) ?? '') + (await v) : await v]);
          for (let j = i + 1; j < cmd.assigns.length; j++) {
            const b = cmd.assigns[j];
            const bv = await interp.run(sh, ex.string(b.value.parts));
            out.push([b.name, b.append ? (sh.vars.get(b.name) ?? '') + bv : bv]);
          }
        } catch (e) {
          return interp.expansionFailed(e, sh);
        }
        return out;
      })();
    }
    out.push([a.name, a.append ? (sh.vars.get(a.name) ?? '') + v : v]);
  }
  return out;
}

function execWords(interp: ShellInterp, cmd: SimpleCommand, sh: Shell, argv: string[]): number | Promise<number> {
  if (argv.length === 0) return execAssignments(interp, cmd, sh);
  let assigns: [string, string][] | Promise<[string, string][]> = [];
  if (cmd.assigns.length > 0) assigns = assignValues(interp, cmd, sh);
  if (assigns instanceof Promise) return assigns.then((a) => dispatch(interp, cmd, sh, argv, a));
  return dispatch(interp, cmd, sh, argv, assigns);
}

/** `a=1 b=$a`: each assignment is expanded and made before the next (bash, ash). */
export function execAssignments(interp: ShellInterp, cmd: SimpleCommand, sh: Shell, from = 0): number | Promise<number> {
  const ex = interp.expander(sh);
  for (let i = from; i < cmd.assigns.length; i++) {
    const a = cmd.assigns[i];
    if (a.array || a.index) {
      // bash arrays: the rare case, done asynchronously.
      return assignArrayPart(interp, sh, a).then((r) => r ?? execAssignments(interp, cmd, sh, i + 1));
    }
    let v: string | Promise<string>;
    try {
      v = interp.run(sh, ex.string(a.value.parts));
    } catch (e) {
      return interp.expansionFailed(e, sh);
    }
    if (v instanceof Promise) {
      return v.then(
        (val) => {
          const r = assignOne(interp, sh, a.name, a.append ? (sh.vars.get(a.name) ?? '') + val : val);
          if (r) return r;
          return execAssignments(interp, cmd, sh, i + 1);
        },
        (e) => interp.expansionFailed(e, sh),
      );
    }
    const r = assignOne(interp, sh, a.name, a.append ? (sh.vars.get(a.name) ?? '') + v : v);
    if (r) return r;
  }
  if (sh.opts.xtrace && cmd.assigns.length > 0) {
    const a = cmd.assigns.map((x) => `${x.name}=${assignText(sh.vars.get(x.name) ?? '', interp.dialect)}`);
    const t = xtrace(interp, sh, interp.dialect === 'bash' ? a.map((x) => [x]) : [a]);
    if (t) return t.then(() => afterAssign(interp, cmd, sh));
  }
  return afterAssign(interp, cmd, sh);
}

/** `a=(x y)`, `a+=(z)`, `a[i]=x`: undefined when done, else the failure (rejected). */
async function assignArrayPart(interp: ShellInterp, sh: Shell, a: Assignment): Promise<number | undefined> {
  try {
    const ex = interp.expander(sh);
    if (a.array) {
      const values = await interp.run(sh, ex.words(a.array));
      sh.vars.setArray(a.name, values, a.append);
      return undefined;
    }
    const idx = Number(ex.arith(await interp.run(sh, ex.string(a.index!))));
    let v = await interp.run(sh, ex.string(a.value.parts));
    if (a.append) v = (sh.vars.getArray(a.name)?.get(idx) ?? '') + v;
    sh.vars.setElement(a.name, idx, v);
    return undefined;
  } catch (e) {
    return interp.expansionFailed(e, sh);
  }
}

/** Set one variable; a read-only one is a fatal error (returned as a rejected promise). */
function assignOne(interp: ShellInterp, sh: Shell, name: string, value: string): Promise<never> | undefined {
  try {
    sh.vars.set(name, value);
    return undefined;
  } catch (e) {
    return interp.expansionFailed(e, sh);
  }
}

function afterAssign(interp: ShellInterp, cmd: SimpleCommand, sh: Shell): number | Promise<number> {
  const st = sh.substStatus ?? 0;
  if (cmd.redirs.length === 0) return st;
  return interp.withRedirs(cmd.redirs, sh, () => st);
}

/**
 * `set -x`: PS4 (its first character repeated once per command-substitution level, as bash does)
 * and the words, quoted when needed. bash traces prefix assignments on lines of their own.
 */
function xtrace(interp: ShellInterp, sh: Shell, lines: string[][]): Promise<void> | undefined {
  if (!sh.opts.xtrace || lines.length === 0) return undefined;
  const ps4 = sh.vars.get('PS4') ?? '+ ';
  const lead = interp.dialect === 'bash' ? ps4.slice(0, 1).repeat(sh.traceLevel) + ps4 : ps4;
  return interp.writeErr(sh, lines.map((words) => `${lead}${words.join(' ')}\n`).join(''));
}

export function dispatch(interp: ShellInterp, cmd: SimpleCommand, sh: Shell, argv: string[], assigns: [string, string][]): number | Promise<number> {
  if (sh.opts.xtrace) {
    const a = assigns.map(([n, v]) => `${n}=${assignText(v, interp.dialect)}`);
    const words = argv.map((w) => xquote(w, interp.dialect));
    const lines = interp.dialect === 'bash' ? [...a.map((x) => [x]), words] : [[...a, ...words]];
    const t = xtrace(interp, sh, lines);
    if (t) return t.then(() => dispatch2(interp, cmd, sh, argv, assigns));
  }
  return dispatch2(interp, cmd, sh, argv, assigns);
}

function dispatch2(interp: ShellInterp, cmd: SimpleCommand, sh: Shell, argv: string[], assigns: [string, string][]): number | Promise<number> {
  const name = argv[0];
  const fn = sh.functions.get(name);
  if (fn === undefined && cmd.redirs.length === 0 && assigns.length === 0) {
    const b = interp.builtin(name);
    if (b !== undefined) return interp.runBuiltin(b, argv, sh);
  }
  if (fn !== undefined) {
    return interp.withRedirs(cmd.redirs, sh, () => withTempVars(interp, sh, assigns, () => interp.callFunction(fn, argv, sh)));
  }
  const b = interp.builtin(name);
  if (b !== undefined) {
    return interp.withRedirs(cmd.redirs, sh, () => withTempVars(interp, sh, assigns, () => interp.runBuiltin(b, argv, sh), b.special === true && isAlmquist(interp.dialect)), b.special === true);
  }
  return interp.withRedirs(cmd.redirs, sh, () => runExternal(interp, sh, argv, assigns));
}

/** Prefix assignments for a function or builtin: set (exported) for its duration, then restored. */
function withTempVars(interp: ShellInterp, sh: Shell, assigns: [string, string][], fn: () => number | Promise<number>, keep = false): number | Promise<number> {
  if (assigns.length === 0) return fn();
  if (keep) {
    for (const [n, v] of assigns) {
      try {
        sh.vars.set(n, v);
      } catch (e) {
        return interp.expansionFailed(e, sh);
      }
    }
    return fn();
  }
  // bash: `x=1 f` or `IFS=: read a b` sees x/IFS (exported) only while it runs. A scope of its
  // own holds them, so whatever the command assigns elsewhere stays.
  for (const [n] of assigns) {
    if (sh.vars.lookup(n)?.readonly) return interp.expansionFailed(new ReadonlyError(n), sh);
  }
  sh.vars.pushFrame();
  const frame = sh.vars.frames[sh.vars.frames.length - 1];
  for (const [n, v] of assigns) frame.set(n, { value: v, exported: true, readonly: false });
  const restore = () => {
    const i = sh.vars.frames.lastIndexOf(frame);
    if (i >= 0) sh.vars.frames.splice(i, 1);
  };
  let r: number | Promise<number>;
  try {
    r = fn();
  } catch (e) {
    restore();
    throw e;
  }
  if (typeof r === 'number') {
    restore();
    return r;
  }
  return r.finally(restore);
}

/** An assignment's value in a trace: bash leaves an empty one bare (`+ x=`); dash quotes nothing. */
function assignText(v: string, dialect: Dialect): string {
  if (dialect === 'dash') return v;
  return v === '' ? '' : xquote(v, 'bash');
}

const SAFE = /^[A-Za-z0-9_./=:,+@%^-]+$/;
const SAFE_BB = /^[A-Za-z0-9_./:,+@%^\]-]+$/;
const BB_KEYWORDS = new Set(['!', 'case', 'do', 'done', 'elif', 'else', 'esac', 'fi', 'for', 'function', 'if', 'in', 'then', 'until', 'while', '{', '}']);

/**
 * Quote a word for `set -x` output: plain when safe, else in single quotes. ash also quotes `=`
 * and reserved words (`'in'`), recorded from busybox 1.35; dash prints words as they are.
 */
export function xquote(s: string, dialect: Dialect = 'bash'): string {
  if (dialect === 'dash') return s;
  if (dialect === 'ash') {
    if (s !== '' && SAFE_BB.test(s) && !BB_KEYWORDS.has(s)) return s;
  } else if (s !== '' && SAFE.test(s)) return s;
  return `'${s.replace(/'/g, `'\\''`)}'`;
}
