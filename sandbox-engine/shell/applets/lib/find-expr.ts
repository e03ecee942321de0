/**
 * find's expression language: parsing into a tree (OR of ANDs of primaries, `!`, parentheses,
 * implicit -a) and the primaries' tests. The walk and the actions' side effects live in find.ts.
 *
 * Error texts differ per flavour (recorded from findutils 4.9 and busybox 1.35):
 *   GNU:     find: unknown predicate `-foo'          busybox: find: unrecognized: -foo (+ usage)
 *            find: missing argument to `-name'                find: -name requires an argument
 *            find: Unknown argument to -type: q               find: invalid argument 'q' to '-type'
 *            find: paths must precede expression: `x'         find: unrecognized: x (+ usage)
 *            find: invalid expression; I was expecting ...    find: unpaired '('
 */
import type { Stat } from '../../../vfs/types.ts';
import { patternSource } from '../../pattern.ts';
import { parseMode, gnuApplyMode, type ModeSpec } from './mode-parse.ts';

export type Node =
  | { t: 'and'; a: Node; b: Node }
  | { t: 'or'; a: Node; b: Node }
  | { t: 'not'; a: Node }
  | { t: 'true' }
  | { t: 'false' }
  | { t: 'name'; re: RegExp }
  | { t: 'path'; re: RegExp }
  | { t: 'regex'; re: RegExp }
  | { t: 'type'; kinds: string }
  | { t: 'num'; field: 'size' | 'links' | 'inum' | 'uid' | 'gid'; cmp: Cmp; unit?: number }
  | { t: 'time'; field: 'mtime' | 'atime' | 'ctime'; cmp: Cmp; unitMs: number; days: boolean }
  | { t: 'newer'; than: number }
  | { t: 'same'; dev: number; ino: number }
  | { t: 'owner'; field: 'uid' | 'gid'; id: number }
  | { t: 'perm'; how: 'exact' | 'all' | 'any'; spec: ModeSpec }
  | { t: 'empty' }
  | { t: 'access'; mode: 'r' | 'w' | 'x' }
  | { t: 'prune' }
  | { t: 'quit' }
  | { t: 'print'; nul: boolean }
  | { t: 'printf'; format: string }
  | { t: 'ls' }
  | { t: 'delete' }
  | { t: 'exec'; argv: string[]; batch: boolean; id: number };

export interface Cmp {
  op: '+' | '-' | '=';
  n: number;
}

export interface Globals {
  maxDepth: number;
  minDepth: number;
  depthFirst: boolean;
  xdev: boolean;
  follow: 'never' | 'cmdline' | 'always';
}

export interface Lookup {
  user(name: string): number | undefined;
  group(name: string): number | undefined;
  stat(path: string): Stat | null;
}

export class FindError extends Error {
  /** busybox prints its usage text after this one. */
  readonly usage: boolean;
  constructor(message: string, usage = false) {
    super(message);
    this.usage = usage;
  }
}

/** Whether a word starts the expression rather than being a path. */
export function startsExpression(arg: string): boolean {
  return (arg.startsWith('-') && arg !== '-') || arg === '(' || arg === '!' || arg === ')' || arg === ',';
}

function globRegex(p: string, ci: boolean): RegExp {
  try {
    return new RegExp('^' + patternSource(p) + '$', ci ? 'is' : 's');
  } catch {
    return /(?!)/;
  }
}

function parseCmp(s: string): Cmp | null {
  const m = /^([+-]?)(\d+)$/.exec(s);
  if (!m) return null;
  return { op: (m[1] || '=') as Cmp['op'], n: Number(m[2]) };
}

const SIZE_UNITS: Record<string, number> = { b: 512, c: 1, w: 2, k: 1024, M: 1024 ** 2, G: 1024 ** 3 };

export interface Parsed {
  expr: Node;
  globals: Globals;
  /** The expression contains an action, so no implicit -print. */
  hasAction: boolean;
}

/** `lq` is GNU's locale quoting (‘x’). */
export function parseExpression(args: string[], gnu: boolean, lookup: Lookup, lq: (s: string) => string): Parsed {
  let i = 0;
  let execId = 0;
  let hasAction = false;
  const globals: Globals = { maxDepth: Infinity, minDepth: 0, depthFirst: false, xdev: false, follow: 'never' };

  const need = (name: string): string => {
    if (i >= args.length) throw new FindError(gnu ? `missing argument to \`${name}'` : `${name} requires an argument`);
    return args[i++];
  };
  const badNumber = (name: string, v: string): never => {
    throw new FindError(gnu ? `invalid argument \`${v}' to \`${name}'` : `invalid number '${v}'`);
  };

  function primary(): Node {
    const tok = args[i++];
    switch (tok) {
      case '(': {
        const e = orExpr();
        if (args[i] !== ')') {
          throw new FindError(gnu ? "invalid expression; I was expecting to find a ')' somewhere but did not see one." : "unpaired '('");
        }
        i++;
        return e;
      }
      case '!':
      case '-not':
        if (i >= args.length) throw new FindError(gnu ? `invalid expression; you have used a binary operator '${tok}' with nothing before it.` : `unrecognized: ${tok}`, !gnu);
        return { t: 'not', a: primary() };
      case '-true':
        return { t: 'true' };
      case '-false':
        return { t: 'false' };
      case '-name':
      case '-iname':
        return { t: 'name', re: globRegex(need(tok), tok === '-iname') };
      case '-path':
      case '-ipath':
      case '-wholename':
      case '-iwholename':
        return { t: 'path', re: globRegex(need(tok), tok.startsWith('-i')) };
      case '-regex':
      case '-iregex': {
        const v = need(tok);
        try {
          return { t: 'regex', re: new RegExp(`^(?:${v})$`, tok === '-iregex' ? 'is' : 's') };
        } catch {
          throw new FindError(gnu ? `Invalid regular expression` : `bad regex '${v}'`);
        }
      }
      case '-type':
      case '-xtype': {
        const v = need(tok);
        const kinds = gnu ? v.split(',') : [v];
        if (kinds.some((k) => !/^[fdlcpbsD]$/.test(k))) {
          throw new FindError(gnu ? `Unknown argument to ${tok}: ${v}` : `invalid argument '${v}' to '${tok}'`);
        }
        return { t: 'type', kinds: kinds.join('') };
      }
      case '-size': {
        const v = need(tok);
        const m = /^([+-]?\d+)([bcwkMG]?)$/.exec(v);
        if (!m || (!gnu && /[wMG]/.test(m[2]))) {
          const sm = /^[+-]?\d+(.*)$/.exec(v);
          if (gnu && sm) throw new FindError(`invalid -size type \`${sm[1].slice(0, 1)}'`);
          return badNumber(tok, v);
        }
        const cmp = parseCmp(m[1])!;
        return { t: 'num', field: 'size', cmp, unit: SIZE_UNITS[m[2] || 'b'] };
      }
      case '-links':
      case '-inum':
      case '-uid':
      case '-gid': {
        const v = need(tok);
        const cmp = parseCmp(v);
        if (!cmp) return badNumber(tok, v);
        return { t: 'num', field: tok.slice(1) as 'links' | 'inum' | 'uid' | 'gid', cmp };
      }
      case '-mtime':
      case '-atime':
      case '-ctime':
      case '-mmin':
      case '-amin':
      case '-cmin': {
        const v = need(tok);
        const cmp = parseCmp(v);
        if (!cmp) return badNumber(tok, v);
        const days = tok.endsWith('time');
        const field = (tok[1] === 'm' ? 'mtime' : tok[1] === 'a' ? 'atime' : 'ctime') as 'mtime' | 'atime' | 'ctime';
        return { t: 'time', field, cmp, unitMs: days ? 86_400_000 : 60_000, days };
      }
      case '-newer':
      case '-samefile': {
        const v = need(tok);
        const st = lookup.stat(v);
        if (!st) throw new FindError(gnu ? `${lq(v)}: No such file or directory` : `can't stat '${v}': No such file or directory`);
        return tok === '-newer' ? { t: 'newer', than: st.mtime } : { t: 'same', dev: st.dev, ino: st.ino };
      }
      case '-user':
      case '-group': {
        const v = need(tok);
        const id = tok === '-user' ? lookup.user(v) : lookup.group(v);
        const num = /^\d+$/.test(v) ? Number(v) : undefined;
        const found = id ?? num;
        if (found === undefined) {
          const what = tok === '-user' ? 'a known user' : 'an existing group';
          throw new FindError(gnu ? `${lq(v)} is not the name of ${what}` : `unknown ${tok.slice(1)} ${v}`);
        }
        return { t: 'owner', field: tok === '-user' ? 'uid' : 'gid', id: found };
      }
      case '-perm': {
        const v = need(tok);
        let how: 'exact' | 'all' | 'any' = 'exact';
        let m = v;
        if (v.startsWith('-')) {
          how = 'all';
          m = v.slice(1);
        } else if (v.startsWith('/') || (!gnu && v.startsWith('+'))) {
          how = 'any';
          m = v.slice(1);
        }
        const spec = parseMode(m);
        if (!spec) throw new FindError(gnu ? `invalid mode ${lq(v)}` : `invalid mode '${v}'`);
        return { t: 'perm', how, spec };
      }
      case '-empty':
        return { t: 'empty' };
      case '-readable':
        return { t: 'access', mode: 'r' };
      case '-writable':
        return { t: 'access', mode: 'w' };
      case '-executable':
        return { t: 'access', mode: 'x' };
      case '-prune':
        return { t: 'prune' };
      case '-quit':
        return { t: 'quit' };
      case '-print':
      case '-print0':
        hasAction = true;
        return { t: 'print', nul: tok === '-print0' };
      case '-printf':
        if (!gnu) throw new FindError(`unrecognized: ${tok}`, true);
        hasAction = true;
        return { t: 'printf', format: need(tok) };
      case '-ls':
        if (!gnu) throw new FindError(`unrecognized: ${tok}`, true);
        hasAction = true;
        return { t: 'ls' };
      case '-delete':
        hasAction = true;
        globals.depthFirst = true;
        return { t: 'delete' };
      case '-exec':
      case '-ok': {
        if (!gnu && tok === '-ok') throw new FindError(`unrecognized: ${tok}`, true);
        const start = i;
        while (i < args.length && args[i] !== ';' && !(args[i] === '+' && args[i - 1] === '{}')) i++;
        if (i >= args.length || i === start) throw new FindError(gnu ? `missing argument to \`${tok}'` : `${tok} requires an argument`);
        const argv = args.slice(start, i);
        const batch = args[i] === '+';
        i++;
        hasAction = true;
        return { t: 'exec', argv, batch, id: execId++ };
      }
      case '-maxdepth':
      case '-mindepth': {
        const v = need(tok);
        if (!/^\d+$/.test(v)) {
          throw new FindError(gnu ? `Expected a positive decimal integer argument to ${tok}, but got ${lq(v)}` : `invalid number '${v}'`);
        }
        if (tok === '-maxdepth') globals.maxDepth = Number(v);
        else globals.minDepth = Number(v);
        return { t: 'true' };
      }
      case '-depth':
      case '-d':
        globals.depthFirst = true;
        return { t: 'true' };
      case '-xdev':
      case '-mount':
        globals.xdev = true;
        return { t: 'true' };
      case '-follow':
        globals.follow = 'always';
        return { t: 'true' };
      case '-noleaf':
      case '-ignore_readdir_race':
      case '-nowarn':
      case '-warn':
        return { t: 'true' };
      default:
        if (tok.startsWith('-') && tok !== '-') throw new FindError(gnu ? `unknown predicate \`${tok}'` : `unrecognized: ${tok}`, !gnu);
        throw new FindError(gnu ? `paths must precede expression: \`${tok}'` : `unrecognized: ${tok}`, !gnu);
    }
  }

  function andExpr(): Node {
    let left = primary();
    for (;;) {
      const tok = args[i];
      if (tok === undefined || tok === ')' || tok === '-o' || tok === '-or' || tok === ',') return left;
      if (tok === '-a' || tok === '-and') {
        i++;
        if (i >= args.length) throw new FindError(gnu ? `invalid expression; you have used a binary operator '${tok}' with nothing after it.` : `unrecognized: ${tok}`, !gnu);
      }
      left = { t: 'and', a: left, b: primary() };
    }
  }

  function orExpr(): Node {
    let left = andExpr();
    while (args[i] === '-o' || args[i] === '-or' || args[i] === ',') {
      const op = args[i++];
      if (i >= args.length) throw new FindError(gnu ? `invalid expression; you have used a binary operator '${op}' with nothing after it.` : `unrecognized: ${op}`, !gnu);
      const right = andExpr();
      // `,` evaluates both and yields the right one; close enough to an OR that keeps going.
      left = op === ',' ? { t: 'and', a: { t: 'or', a: left, b: { t: 'true' } }, b: right } : { t: 'or', a: left, b: right };
    }
    return left;
  }

  let expr: Node = { t: 'true' };
  if (args.length > 0) {
    if (args[0] === '-a' || args[0] === '-o' || args[0] === '-and' || args[0] === '-or') {
      throw new FindError(gnu ? `invalid expression; you have used a binary operator '${args[0]}' with nothing before it.` : `unrecognized: ${args[0]}`, !gnu);
    }
    expr = orExpr();
    if (i < args.length) {
      if (args[i] === ')') throw new FindError(gnu ? "invalid expression; you have too many ')'" : "unpaired ')'");
      throw new FindError(gnu ? `paths must precede expression: \`${args[i]}'` : `unrecognized: ${args[i]}`, !gnu);
    }
  }
  return { expr, globals, hasAction };
}

/** Compare a value against +N / -N / N. */
export function compare(cmp: Cmp, v: number): boolean {
  return cmp.op === '+' ? v > cmp.n : cmp.op === '-' ? v < cmp.n : v === cmp.n;
}

/** -perm: the mode is built from 0 with no umask, as find does. */
export function permMatches(node: Extract<Node, { t: 'perm' }>, st: Stat): boolean {
  const want = gnuApplyMode(node.spec, 0, false, 0) & 0o7777;
  const have = st.mode & 0o7777;
  if (node.how === 'exact') return have === want;
  if (node.how === 'all') return (have & want) === want;
  return want === 0 ? true : (have & want) !== 0;
}
