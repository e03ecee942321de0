/**
 * . FILE [args] and source FILE [args]: run a file in this shell. A name without `/` is searched in
 * PATH (then, in bash, the current directory). `return` ends the file.
 */
import { isAlmquist } from '../dialect.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { FsError, strerror } from '../../vfs/errors.ts';

async function run(b: BuiltinContext): Promise<number> {
  const { sh, interp } = b;
  const ash = isAlmquist(b.dialect);
  const name = b.argv[1];
  if (name === undefined) {
    if (ash) return 0;
    await b.error('filename argument required');
    await b.stderr.write(`${b.argv[0]}: usage: ${b.argv[0]} filename [arguments]\n`);
    return 2;
  }
  const fs = sh.fs;
  let path = name;
  if (!name.includes('/')) {
    const dirs = (sh.vars.get('PATH') ?? '').split(':');
    const found = dirs.map((d) => `${d || '.'}/${name}`).find((p) => {
      try {
        return fs.stat(p).kind === 'file';
      } catch {
        return false;
      }
    });
    path = found ?? name;
    // dash searches PATH only, and says so when the file is not there.
    if (found === undefined && b.dialect === 'dash') return b.fail(`${name}: not found`, 2);
  }
  let text: string;
  try {
    // dash reads a directory as an empty file.
    if (fs.stat(path).kind === 'dir') {
      if (b.dialect === 'dash') return 0;
      throw new FsError('EISDIR', 'open', path);
    }
    text = fs.readText(path);
  } catch (e) {
    if (e instanceof FsError) {
      if (b.dialect === 'dash') return b.fail(`cannot open ${path}: ${e.code === 'ENOENT' || e.code === 'ENOTDIR' ? 'No such file' : strerror(e.code)}`, 2);
      if (ash) return b.fail(`can't open '${name}': ${strerror(e.code)}`, 2);
      await interp.writeErr(sh, `${interp.messages.prefix(interp.loc(sh))}${name}: ${strerror(e.code)}\n`);
      return 1;
    }
    throw e;
  }
  // dash 0.5.12 takes no arguments for the file: its parameters stay the shell's.
  const args = b.dialect === 'dash' ? [] : b.argv.slice(2);
  const saved = sh.positional;
  if (args.length > 0) sh.positional = args;
  try {
    // dash names the file it reads in its messages (`sh: 3: ./f: x: not found`).
    return await interp.evalText(sh, text, b.dialect === 'dash' ? path : true);
  } finally {
    if (args.length > 0) sh.positional = saved;
  }
}

export const dot: Builtin = { name: '.', special: true, run };
export const source: Builtin = { name: 'source', special: true, run };
