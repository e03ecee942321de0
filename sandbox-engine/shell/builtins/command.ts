/**
 * command [-pvV] name [args]: run a builtin or program, bypassing functions; with -v print what
 * would run (a path, or the name of a builtin/keyword/function, or the alias definition).
 */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { meanings, trackedText } from './lookup.ts';
import { runExternal } from '../programs.ts';

async function run(b: BuiltinContext): Promise<number> {
  let args = b.argv.slice(1);
  let v = false;
  let V = false;
  let p = false;
  while (args.length > 0 && args[0].startsWith('-') && args[0].length > 1) {
    if (args[0] === '--') {
      args = args.slice(1);
      break;
    }
    for (const c of args[0].slice(1)) {
      if (c === 'v') v = true;
      else if (c === 'V') V = true;
      else if (c === 'p') p = true;
      else {
        if (isAlmquist(b.dialect)) return b.fail(`${b.dialect === 'dash' ? 'Illegal' : 'illegal'} option -${c}`, 2);
        await b.error(`-${c}: invalid option`);
        await b.stderr.write('command: usage: command [-pVv] command [arg ...]\n');
        return 2;
      }
    }
    args = args.slice(1);
  }
  if (args.length === 0) return 0;
  if (v || V) {
    let status = 0;
    let out = '';
    const ash = isAlmquist(b.dialect);
    const names = ash ? args.slice(0, 1) : args;
    for (const name of names) {
      const m = meanings(b, name, false, false, p)[0];
      if (m === undefined) {
        status = ash ? 127 : 1;
        if (V) {
          await b.stdout.write(out);
          out = '';
          if (ash) out += `${name}: not found\n`;
          else await b.error(`${name}: not found`);
        }
        continue;
      }
      if (V) {
        if (m.kind === 'alias') out += ash ? `${name} is an alias for ${m.value}\n` : `${name} is aliased to \`${m.value}'\n`;
        else if (m.kind === 'keyword') out += `${name} is a shell keyword\n`;
        else if (m.kind === 'function') out += b.dialect === 'dash' ? `${name} is a shell function\n` : `${name} is a function\n`;
        else if (m.kind === 'builtin') out += b.dialect === 'dash' && m.special ? `${name} is a special shell builtin\n` : `${name} is a shell builtin\n`;
        else out += `${name} is ${trackedText(b, name, m.path)}\n`;
      } else if (m.kind === 'alias') out += `alias ${name}='${m.value.replace(/'/g, `'\\''`)}'\n`;
      else if (m.kind === 'file') {
        // dash remembers the path it looked up, as running the command would.
        if (b.dialect === 'dash' && !name.includes('/')) b.sh.hashed.set(name, m.path);
        out += `${m.path}\n`;
      } else out += `${name}\n`;
    }
    await b.stdout.write(out);
    // bash: success when any name was found (recorded: `command -v ls nosuch` is 0).
    if (!ash && names.length > 1 && out !== '') return 0;
    return status;
  }
  const bi = b.interp.builtin(args[0]);
  if (bi) return b.interp.runBuiltin(bi, args, b.sh);
  const saved = b.sh.vars.get('PATH');
  if (p) b.sh.vars.global.set('PATH', { value: b.interp.defaultPath(), exported: true, readonly: false });
  try {
    return await runExternal(b.interp, b.sh, args, []);
  } finally {
    if (p) {
      if (saved === undefined) b.sh.vars.global.delete('PATH');
      else b.sh.vars.global.set('PATH', { value: saved, exported: true, readonly: false });
    }
  }
}

export const command: Builtin = { name: 'command', run };
