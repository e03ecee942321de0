/**
 * cd [-L|-P] [dir]: no argument goes HOME, `-` goes to OLDPWD and prints it. The path is resolved
 * logically (`..` removes the last component of $PWD) as bash and ash do by default; the target must
 * be a directory the user may search. Sets PWD and OLDPWD.
 */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { FsError, strerror } from '../../vfs/errors.ts';
import { normalize } from '../../vfs/path.ts';

async function run(b: BuiltinContext): Promise<number> {
  const { sh } = b;
  const ash = isAlmquist(b.dialect);
  let args = b.argv.slice(1);
  let physical = false;
  if (b.dialect === 'dash' && args[0] !== undefined && /^-./.test(args[0]) && args[0] !== '--' && !/^-[LP]+$/.test(args[0])) {
    return b.fail(`Illegal option -${args[0].replace(/^-[LP]*/, '')[0]}`, 2);
  }
  while (args.length > 0 && /^-[LPe@]+$/.test(args[0])) {
    if (args[0].includes('P')) physical = true;
    if (args[0].includes('L')) physical = false;
    args = args.slice(1);
  }
  if (args[0] === '--') args = args.slice(1);
  if (args.length > 1 && !ash) return b.fail('too many arguments', 1);
  let dir: string | undefined = args[0];
  let print = false;
  if (dir === undefined) {
    dir = sh.vars.get('HOME');
    if (dir === undefined) {
      if (ash) return 0;
      return b.fail('HOME not set', 1);
    }
    if (dir === '') return 0;
  } else if (dir === '-') {
    const old = sh.vars.get('OLDPWD');
    if (old === undefined) {
      if (!ash) return b.fail('OLDPWD not set', 1);
      dir = sh.cwd;
    } else dir = old;
    print = true;
  } else if (dir === '') {
    return 0;
  }
  const fs = sh.fs;
  let target = normalize(dir, sh.cwd);
  try {
    const st = fs.stat(dir.startsWith('/') ? dir : target);
    if (st.kind !== 'dir') throw new FsError('ENOTDIR', 'chdir', dir);
    if (!fs.access(target, 'x')) throw new FsError('EACCES', 'chdir', dir);
    if (physical) target = fs.realpath(target);
  } catch (e) {
    if (e instanceof FsError) {
      // dash names no reason.
      if (b.dialect === 'dash') return b.fail(`can't cd to ${dir}`, 2);
      const msg = ash ? `can't cd to ${dir}: ${strerror(e.code)}` : `${dir}: ${strerror(e.code)}`;
      return b.fail(msg, 1);
    }
    throw e;
  }
  const old = sh.cwd;
  sh.cwd = target;
  try {
    sh.vars.set('OLDPWD', old);
    sh.vars.set('PWD', target);
  } catch {
    // a read-only PWD/OLDPWD does not stop cd
  }
  if (print) await b.stdout.write(target + '\n');
  return 0;
}

export const cd: Builtin = { name: 'cd', run };
