/**
 * declare/typeset [-xrgp] [name[=value]...] (bash): attributes and, inside a function, local
 * variables. Arrays and integer attributes are not supported (values stay strings).
 */
import type { Builtin, BuiltinContext } from './types.ts';
import { ReadonlyError } from '../vars.ts';
import { declareQuote } from './export.ts';
import { printFunction } from './function-text.ts';
import { ARRAY_SEPARATOR, isValidName } from '../parser.ts';
import { arrayKeys } from '../vars.ts';

/** bash's `([0]="a" [1]="b")`. */
export function arrayText(a: Map<number, string>): string {
  return `(${arrayKeys(a).map((k) => `[${k}]=${declareQuote(a.get(k)!)}`).join(' ')})`;
}

/** The elements of an `a=(x y)` argument (the parser keeps them apart), or undefined if not one. */
export function arrayItems(v: string): string[] | undefined {
  if (!v.startsWith('(') || !v.endsWith(')')) return undefined;
  const inner = v.slice(1, -1);
  if (inner === '') return [];
  return inner.includes(ARRAY_SEPARATOR) || !/\s/.test(inner) ? inner.split(ARRAY_SEPARATOR) : inner.split(/\s+/).filter((x) => x !== '');
}

async function run(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  let args = b.argv.slice(1);
  const flags = new Set<string>();
  const off = new Set<string>();
  while (args.length > 0 && /^[-+][a-zA-Z]+$/.test(args[0])) {
    for (const c of args[0].slice(1)) (args[0][0] === '-' ? flags : off).add(c);
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  if (flags.has('f') || flags.has('F')) {
    let out = '';
    const names = args.length > 0 ? args : [...sh.functions.keys()].sort();
    let status = 0;
    for (const n of names) {
      const f = sh.functions.get(n);
      if (!f) {
        status = 1;
        continue;
      }
      out += flags.has('F') ? `declare -f ${n}\n` : printFunction(f);
    }
    await b.stdout.write(out);
    return status;
  }
  if (flags.has('p') || args.length === 0) {
    let out = '';
    let status = 0;
    const list = args.length > 0 ? args : sh.vars.visible().map(([n]) => n);
    for (const n of list) {
      const v = sh.vars.lookup(n);
      if (!v) {
        await b.stdout.write(out);
        out = '';
        await b.error(`${n}: not found`);
        status = 1;
        continue;
      }
      let f = v.array ? 'a' : '';
      if (v.readonly) f += 'r';
      if (v.exported) f += 'x';
      if (v.array) out += `declare -${f} ${n}=${arrayText(v.array)}\n`;
      else out += v.value === undefined ? `declare -${f || '-'} ${n}\n` : `declare -${f || '-'} ${n}=${declareQuote(v.value)}\n`;
    }
    await b.stdout.write(out);
    return status;
  }
  let status = 0;
  const local = sh.funcDepth > 0 && !flags.has('g');
  for (const a of args) {
    const eq = a.indexOf('=');
    const name = eq < 0 ? a : a.slice(0, eq);
    if (!isValidName(name)) {
      await b.error(`\`${a}': not a valid identifier`);
      status = 1;
      continue;
    }
    const list = eq >= 0 ? arrayItems(a.slice(eq + 1)) : undefined;
    if (list !== undefined || (flags.has('a') && eq < 0)) {
      try {
        if (local) sh.vars.declareLocal(name, undefined);
        sh.vars.setArray(name, list ?? []);
      } catch (e) {
        if (!(e instanceof ReadonlyError)) throw e;
        await b.interp.writeErr(sh, b.interp.messages.readonlyVar(b.interp.loc(sh), name));
        status = 1;
      }
      continue;
    }
    try {
      let value = eq >= 0 ? a.slice(eq + 1) : undefined;
      if (value !== undefined && flags.has('i')) value = String(await b.interp.arith(sh, value));
      if (local) sh.vars.declareLocal(name, value);
      else if (value !== undefined) sh.vars.set(name, value);
      else if (!sh.vars.lookup(name)) sh.vars.global.set(name, { value: undefined, exported: false, readonly: false });
    } catch (e) {
      if (!(e instanceof ReadonlyError)) throw e;
      await b.interp.writeErr(sh, b.interp.messages.readonlyVar(b.interp.loc(sh), name));
      status = 1;
      continue;
    }
    if (flags.has('x')) sh.vars.setAttr(name, 'exported', true);
    if (off.has('x')) sh.vars.setAttr(name, 'exported', false);
    if (flags.has('r')) sh.vars.setAttr(name, 'readonly', true);
  }
  return status;
}

export const declare: Builtin = { name: 'declare', run };
export const typeset: Builtin = { name: 'typeset', run };
