/**
 * `docker export` (docker/cli v28.5.2 cli/command/container/export.go): the container's file
 * system as a tar on stdout (refused when stdout is a terminal) or, with -o, in a file written
 * atomically with mode 0600 (it appears only once the export succeeded).
 */
import type { Invocation } from '../../command.ts';
import { exportContainer } from '../../../daemon/export.ts';
import { cleanPath, goPathError, joinPath } from '../../../archive/copy.ts';
import { isFsError } from '../../../vfs/errors.ts';
import { reportError, type DockerIO } from '../io.ts';

export async function exportCmd(inv: Invocation, io: DockerIO): Promise<number> {
  const output = inv.flags.string('output');
  const fs = io.ctx.fs;
  let target = '';
  if (output === '') {
    if (io.ctx.stdout.isTTY) {
      await io.stderr('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
      return 1;
    }
  } else {
    // atomicwriter.New: the directory must exist, the target must not be one.
    target = output.startsWith('/') ? cleanPath(output) : joinPath(fs.cwd, output);
    const dir = target.slice(0, target.lastIndexOf('/')) || '/';
    try {
      if (fs.stat(dir).kind !== 'dir') throw new Error('not a directory');
    } catch (e) {
      const msg = isFsError(e) ? goPathError('stat', dir, e) : `stat ${dir}: not a directory`;
      await io.stderr(`failed to export container: invalid output path: ${msg}\n`);
      return 1;
    }
    try {
      if (fs.stat(target).kind === 'dir') {
        await io.stderr('failed to export container: cannot write to a directory\n');
        return 1;
      }
    } catch {
      // absent: fine
    }
  }
  const container = inv.args[0].trim();
  if (container === '') {
    await io.stderr('invalid container name or ID: value is empty\n');
    return 1;
  }
  let tar: Uint8Array;
  try {
    tar = exportContainer(io.daemon, container);
  } catch (e) {
    return reportError(io, e);
  }
  if (output === '') {
    await io.ctx.stdout.write(tar);
    return 0;
  }
  try {
    fs.writeFile(target, tar, { mode: 0o600 });
    fs.chmod(target, 0o600);
  } catch (e) {
    if (!isFsError(e)) throw e;
    await io.stderr(`failed to export container: ${goPathError('open', target, e)}\n`);
    return 1;
  }
  return 0;
}
