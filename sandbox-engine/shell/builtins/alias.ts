/** alias [name[=value]...] and unalias [-a] name...: aliases, expanded in interactive shells. */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';

/** 'it'\''s' (bash, ash) or dash's 'it'"'"'s. */
function quote(v: string, dash = false): string {
  return `'${v.replace(/'/g, dash ? `'"'"'` : `'\\''`)}'`;
}

async function aliasRun(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const ash = isAlmquist(b.dialect);
  let args = b.argv.slice(1);
  // dash takes no options: `-p` is a name.
  if (args[0] === '-p' && b.dialect !== 'dash') args = args.slice(1);
  const show = (n: string, v: string) => (ash ? `${n}=${quote(v, b.dialect === 'dash')}\n` : `alias ${n}=${quote(v)}\n`);
  if (args.length === 0) {
    let out = '';
    for (const n of [...sh.aliases.keys()].sort()) out += show(n, sh.aliases.get(n)!);
    await b.stdout.write(out);
    return 0;
  }
  let status = 0;
  for (const a of args) {
    const eq = a.indexOf('=');
    if (eq > 0) {
      sh.aliases.set(a.slice(0, eq), a.slice(eq + 1));
      sh.aliasSince.set(a.slice(0, eq), b.interp.parseSerial);
      continue;
    }
    if (a.startsWith('-') && !ash) {
      await b.error(`${a.slice(0, 2)}: invalid option`);
      await b.stderr.write('alias: usage: alias [-p] [name[=value] ... ]\n');
      return 2;
    }
    const v = sh.aliases.get(a);
    if (v === undefined) {
      status = 1;
      if (ash) await b.stderr.write(`alias: ${a} not found\n`);
      else await b.error(`${a}: not found`);
    } else await b.stdout.write(show(a, v));
  }
  return status;
}

async function unaliasRun(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const args = b.argv.slice(1);
  if (args[0] === '-a') {
    sh.aliases.clear();
    return 0;
  }
  let status = 0;
  for (const a of args) {
    if (!sh.aliases.delete(a)) {
      status = 1;
      if (isAlmquist(b.dialect)) await b.stderr.write(`unalias: ${a} not found\n`);
      else await b.error(`${a}: not found`);
    }
  }
  return status;
}

export const alias: Builtin = { name: 'alias', run: aliasRun };
export const unalias: Builtin = { name: 'unalias', run: unaliasRun };
