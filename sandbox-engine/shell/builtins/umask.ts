/** umask [-p] [-S] [mode]: show or set the file-creation mask (octal or symbolic u=rwx,g=rx,o=). */
import type { Builtin, BuiltinContext } from './types.ts';

function symbolic(mask: number): string {
  const perms = ~mask & 0o777;
  const part = (shift: number) => {
    const v = (perms >> shift) & 7;
    return (v & 4 ? 'r' : '') + (v & 2 ? 'w' : '') + (v & 1 ? 'x' : '');
  };
  return `u=${part(6)},g=${part(3)},o=${part(0)}`;
}

/** Apply a chmod-like symbolic mode to the permitted bits; undefined if invalid. */
function applySymbolic(mask: number, spec: string): number | undefined {
  let perms = ~mask & 0o777;
  for (const clause of spec.split(',')) {
    const m = /^([ugoa]*)([-+=])([rwx]*)$/.exec(clause);
    if (!m) return undefined;
    const who = m[1] === '' || m[1].includes('a') ? 'ugo' : m[1];
    let bits = 0;
    if (m[3].includes('r')) bits |= 4;
    if (m[3].includes('w')) bits |= 2;
    if (m[3].includes('x')) bits |= 1;
    for (const w of who) {
      const shift = w === 'u' ? 6 : w === 'g' ? 3 : 0;
      if (m[2] === '+') perms |= bits << shift;
      else if (m[2] === '-') perms &= ~(bits << shift);
      else perms = (perms & ~(7 << shift)) | (bits << shift);
    }
  }
  return ~perms & 0o777;
}

async function run(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  let args = b.argv.slice(1);
  let S = false;
  let p = false;
  if (b.dialect === 'dash' && args[0] !== undefined && /^-./.test(args[0]) && !/^-S+$/.test(args[0]) && args[0] !== '--') {
    return b.fail(`Illegal option -${args[0].replace(/^-S*/, '')[0]}`, 2);
  }
  while (args.length > 0 && /^-[Sp]+$/.test(args[0])) {
    if (args[0].includes('S')) S = true;
    if (args[0].includes('p')) p = true;
    args = args.slice(1);
  }
  const mode = args[0];
  if (mode === undefined) {
    const oct = sh.umask.toString(8).padStart(4, '0');
    await b.stdout.write(S ? `${symbolic(sh.umask)}\n` : p ? `umask ${oct}\n` : `${oct}\n`);
    return 0;
  }
  let next: number | undefined;
  if (/^[0-9]+$/.test(mode)) {
    if (/[89]/.test(mode) || parseInt(mode, 8) > 0o777) {
      if (b.dialect === 'dash') return b.fail(`Illegal number: ${mode}`, 2);
      return b.fail(b.dialect === 'ash' ? `illegal mode: ${mode}` : `${mode}: octal number out of range`, 1);
    }
    next = parseInt(mode, 8);
  } else {
    next = applySymbolic(sh.umask, mode);
    if (next === undefined) {
      if (b.dialect === 'dash') return b.fail(`Illegal mode: ${mode}`, 2);
      return b.fail(b.dialect === 'ash' ? `illegal mode: ${mode}` : `\`${mode[0]}': invalid symbolic mode operator`, 1);
    }
  }
  sh.umask = next;
  if (S) await b.stdout.write(`${symbolic(next)}\n`);
  return 0;
}

export const umask: Builtin = { name: 'umask', run };
