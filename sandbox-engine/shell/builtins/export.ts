/**
 * export [-n] [-p] [name[=value]...] and readonly [-p] [name[=value]...]: set attributes. Without
 * names they list: bash `declare -x NAME="value"`, ash `export NAME='value'`.
 */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { isValidName } from '../parser.ts';
import { ReadonlyError } from '../vars.ts';

/** bash's declare -p quoting: double quotes, with \ " $ ` escaped. */
export function declareQuote(v: string): string {
  return `"${v.replace(/[\\"$`]/g, (c) => '\\' + c)}"`;
}

/** ash's single-quote style: 'it'"'"'s'. */
export function ashQuote(v: string): string {
  return `'${v.replace(/'/g, `'"'"'`)}'`;
}

function attrRun(attr: 'exported' | 'readonly') {
  return async function run(b: BuiltinContext): Promise<number> {
    const { sh } = b;
    const ash = isAlmquist(b.dialect);
    let args = b.argv.slice(1);
    let remove = false;
    while (args.length > 0 && args[0].startsWith('-') && args[0] !== '-') {
      if (args[0] === '--') {
        args = args.slice(1);
        break;
      }
      // dash knows only -p.
      if (b.dialect === 'dash' && !/^-p+$/.test(args[0])) return b.fail(`Illegal option ${args[0].replace(/^-p*/, '-').slice(0, 2)}`, 2);
      if (/^-[np]+$/.test(args[0]) || (attr === 'readonly' && /^-[p]+$/.test(args[0]))) {
        if (args[0].includes('n') && attr === 'exported') remove = true;
        args = args.slice(1);
        continue;
      }
      if (ash) return b.fail(`${b.dialect === 'dash' ? 'Illegal' : 'illegal'} option ${args[0]}`, 2);
      await b.error(`${args[0].slice(0, 2)}: invalid option`);
      await b.stderr.write(attr === 'exported' ? 'export: usage: export [-fn] [name[=value] ...] or export -p\n' : 'readonly: usage: readonly [-aAf] [name[=value] ...] or readonly -p\n');
      return 2;
    }
    if (args.length === 0) {
      let out = '';
      for (const [name, v] of sh.vars.visible()) {
        if (!v[attr]) continue;
        if (ash) {
          const kw = attr === 'exported' ? 'export' : 'readonly';
          out += v.value === undefined ? `${kw} ${name}\n` : `${kw} ${name}=${ashQuote(v.value)}\n`;
        } else {
          let flags = '';
          if (v.readonly) flags += 'r';
          if (v.exported) flags += 'x';
          const f = attr === 'exported' ? (v.readonly ? 'rx' : 'x') : flags;
          out += v.value === undefined ? `declare -${f} ${name}\n` : `declare -${f} ${name}=${declareQuote(v.value)}\n`;
        }
      }
      await b.stdout.write(out);
      return 0;
    }
    let status = 0;
    for (const a of args) {
      const eq = a.indexOf('=');
      const name = eq < 0 ? a : a.slice(0, eq);
      if (!isValidName(name)) {
        if (ash) return b.fail(`${name}: bad variable name`, 2);
        await b.error(`\`${a}': not a valid identifier`);
        status = 1;
        continue;
      }
      try {
        if (eq >= 0) sh.vars.set(name, a.slice(eq + 1));
      } catch (e) {
        if (e instanceof ReadonlyError) {
          if (ash) return b.fail(`${name}: is read only`, 2);
          await b.interp.writeErr(sh, b.interp.messages.readonlyVar(b.interp.loc(sh), name));
          status = 1;
          continue;
        }
        throw e;
      }
      sh.vars.setAttr(name, attr, !remove);
    }
    return status;
  };
}

export const exportBuiltin: Builtin = { name: 'export', special: true, run: attrRun('exported') };
export const readonly: Builtin = { name: 'readonly', special: true, run: attrRun('readonly') };
