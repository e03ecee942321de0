/**
 * . FILE [args] and source FILE [args]: run a file in this shell. A name without `/` is searched in
 * PATH (then, in bash, the current directory). `return` ends the file.
 */
import type { Builtin, BuiltinContext } from './types.ts';
import { FsError, strerror } from '../../vfs/errors.ts';

async function run(b: BuiltinContext): Promise<number> {
  const { sh, flavour, interp } = b;
  const name = b.argv[1];
  if (name === undefined) {
    if (flavour === 'busybox') return 0;
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
  }
  let text: string;
  try {
    if (fs.stat(path).kind === 'dir') throw new FsError('EISDIR', 'open', path);
    text = fs.readText(path);
  } catch (e) {
    if (e instanceof FsError) {
      if (flavour === 'busybox') return b.fail(`can't open '${name}': ${strerror(e.code)}`, 2);
      await interp.writeErr(sh, `${interp.messages.prefix(interp.loc(sh))}${name}: ${strerror(e.code)}\n`);
      return 1;
    }
    throw e;
  }
  const args = b.argv.slice(2);
  const saved = sh.positional;
  if (args.length > 0) sh.positional = args;
  try {
    return await interp.evalText(sh, text, true);
  } finally {
    if (args.length > 0) sh.positional = saved;
  }
}

export const dot: Builtin = { name: '.', special: true, run };
export const source: Builtin = { name: 'source', special: true, run };
