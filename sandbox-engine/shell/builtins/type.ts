/** type [-atpP] name...: how the shell would interpret each name. Texts from bash 5.2 and busybox 1.35. */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { meanings, trackedText, type Meaning } from './lookup.ts';

function bbStatus(b: BuiltinContext): number {
  return isAlmquist(b.dialect) ? 127 : 1;
}
import { printFunction } from './function-text.ts';

function describe(b: BuiltinContext, name: string, m: Meaning): string {
  const bb = isAlmquist(b.dialect);
  switch (m.kind) {
    case 'alias':
      return bb ? `${name} is an alias for ${m.value}\n` : `${name} is aliased to \`${m.value}'\n`;
    case 'keyword':
      return `${name} is a shell keyword\n`;
    case 'function': {
      if (b.dialect === 'dash') return `${name} is a shell function\n`;
      if (bb) return `${name} is a function\n`;
      const f = b.sh.functions.get(name);
      return `${name} is a function\n${f ? printFunction(f) : ''}`;
    }
    case 'builtin':
      return bb && m.special ? `${name} is a special shell builtin\n` : `${name} is a shell builtin\n`;
    case 'file':
      return `${name} is ${trackedText(b, name, m.path)}\n`;
  }
}

async function run(b: BuiltinContext): Promise<number> {
  let args = b.argv.slice(1);
  let all = false;
  let tOnly = false;
  let pOnly = false;
  let forcePath = false;
  while (args.length > 0 && args[0].startsWith('-') && args[0].length > 1 && b.dialect === 'bash') {
    if (args[0] === '--') {
      args = args.slice(1);
      break;
    }
    for (const c of args[0].slice(1)) {
      if (c === 'a') all = true;
      else if (c === 't') tOnly = true;
      else if (c === 'p') pOnly = true;
      else if (c === 'P') forcePath = true;
      else if (c === 'f') continue;
      else {
        await b.error(`-${c}: invalid option`);
        await b.stderr.write('type: usage: type [-afptP] name [name ...]\n');
        return 2;
      }
    }
    args = args.slice(1);
  }
  if (b.dialect === 'ash' && args[0]?.startsWith('-')) {
    // ash: any option makes `type` answer tersely, as `command -v` does.
    args = args.slice(1);
    tOnly = true;
  }
  let status = 0;
  let out = '';
  for (const name of args) {
    const ms = meanings(b, name, all, forcePath);
    if (ms.length === 0) {
      status = bbStatus(b);
      if (tOnly || pOnly || forcePath) continue;
      if (isAlmquist(b.dialect)) out += `${name}: not found\n`;
      else {
        await b.stdout.write(out);
        out = '';
        await b.error(`${name}: not found`);
      }
      continue;
    }
    for (const m of ms) {
      if (tOnly && isAlmquist(b.dialect)) out += m.kind === 'file' ? `${m.path}\n` : `${name}\n`;
      else if (tOnly) out += `${m.kind}\n`;
      else if (pOnly || forcePath) {
        if (m.kind === 'file') out += `${m.path}\n`;
      } else out += describe(b, name, m);
    }
  }
  await b.stdout.write(out);
  return status;
}

export const type: Builtin = { name: 'type', run };
