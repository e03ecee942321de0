/**
 * exec [cmd args]: with a command, run it in place of the shell (the shell then exits with its
 * status); without one, make the command's redirections permanent (`exec >log 2>&1`).
 */
import { ExitSignal, type Builtin, type BuiltinContext } from './types.ts';
import { runExternal } from '../programs.ts';

async function run(b: BuiltinContext): Promise<number> {
  let args = b.argv.slice(1);
  if (args[0] === '--') args = args.slice(1);
  if (args.length === 0) {
    b.interp.keepFds(b.sh.fds);
    return 0;
  }
  // dash's messages name the builtin here: `sh: 1: exec: x: not found`.
  const saved = b.sh.commandName;
  if (b.dialect === 'dash') b.sh.commandName = 'exec';
  let status: number;
  try {
    status = await runExternal(b.interp, b.sh, args, []);
  } finally {
    b.sh.commandName = saved;
  }
  if (status === 127 || status === 126) {
    if (b.interp.interactive) return status;
  }
  throw new ExitSignal(status);
}

export const exec: Builtin = { name: 'exec', special: true, run };
