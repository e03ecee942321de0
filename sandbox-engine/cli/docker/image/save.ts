/**
 * `docker save [-o FILE] [--platform P] IMAGE...` (docker/cli v28.5.2 cli/command/image/save.go
 * runSave): the daemon's tar (image/tarexport/save.ts) on stdout, refused when stdout is a
 * terminal (`cowardly refusing to save to a terminal. Use the -o flag or redirect`), or with -o
 * in a file written atomically with mode 0600 (atomicwriter: it appears only when the save
 * succeeded; `failed to save image: invalid output path: ...` / `... cannot write to a
 * directory` before anything is asked of the daemon). --platform is parsed by the client
 * (`invalid platform: ...`).
 */
import type { Invocation } from '../../command.ts';
import { cleanPath, goPathError, joinPath } from '../../../archive/copy.ts';
import { isFsError } from '../../../vfs/errors.ts';
import { parsePlatform, type Platform } from '../../../builder/platform.ts';
import { saveImages } from '../../../image/tarexport/save.ts';
import { reportError, type DockerIO } from '../io.ts';

/** atomicwriter.New's checks; the absolute target, or the error text. */
export function atomicTarget(io: DockerIO, output: string, what: string): { path: string } | { error: string } {
  const fs = io.ctx.fs;
  const target = output.startsWith('/') ? cleanPath(output) : joinPath(fs.cwd, output);
  const dir = target.slice(0, target.lastIndexOf('/')) || '/';
  try {
    if (fs.stat(dir).kind !== 'dir') return { error: `${what}: invalid output path: stat ${dir}: not a directory` };
  } catch (e) {
    if (!isFsError(e)) throw e;
    return { error: `${what}: invalid output path: ${goPathError('stat', dir, e)}` };
  }
  try {
    if (fs.stat(target).kind === 'dir') return { error: `${what}: cannot write to a directory` };
  } catch {
    // absent: fine
  }
  return { path: target };
}

/** Write the file as atomicwriter leaves it: mode 0600, owned by the caller. */
export function writeAtomic(io: DockerIO, path: string, data: Uint8Array): string | null {
  const fs = io.ctx.fs;
  try {
    fs.writeFile(path, data, { mode: 0o600 });
    fs.chmod(path, 0o600);
    return null;
  } catch (e) {
    if (!isFsError(e)) throw e;
    return goPathError('open', path, e);
  }
}

export async function save(inv: Invocation, io: DockerIO): Promise<number> {
  const output = inv.flags.string('output');
  const platformFlag = inv.flags.string('platform');
  let platform: Platform | undefined;
  if (platformFlag !== '') {
    try {
      platform = parsePlatform(platformFlag);
    } catch (e) {
      await io.stderr(`invalid platform: ${(e as Error).message}\n`);
      return 1;
    }
  }
  let target: string | null = null;
  if (output === '') {
    if (io.ctx.stdout.isTTY) {
      await io.stderr('cowardly refusing to save to a terminal. Use the -o flag or redirect\n');
      return 1;
    }
  } else {
    const t = atomicTarget(io, output, 'failed to save image');
    if ('error' in t) {
      await io.stderr(`${t.error}\n`);
      return 1;
    }
    target = t.path;
  }
  let tar: Uint8Array;
  try {
    tar = await saveImages(io.daemon, inv.args, { platform });
  } catch (e) {
    return reportError(io, e);
  }
  if (target === null) {
    await io.ctx.stdout.write(tar);
    return 0;
  }
  const failed = writeAtomic(io, target, tar);
  if (failed !== null) {
    await io.stderr(`failed to save image: ${failed}\n`);
    return 1;
  }
  return 0;
}
