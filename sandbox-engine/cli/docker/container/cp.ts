/**
 * `docker cp` (docker/cli v28.5.2 cli/command/container/cp.go): CONTAINER:PATH on one side, a
 * host path or `-` (a tar stream) on the other. The CLI does the host half itself with the
 * caller's permissions (archive/copy.ts): it archives the host source and lets the daemon unpack
 * it into the container, or unpacks what the daemon sent (files belong to the caller; modes and
 * mtimes as in the container). Files copied into a container keep the uid/gid they have on the
 * host (recorded from a real engine: the docs' "root-owned" is not what happens); with -a they
 * get the container's --user when it has one.
 *
 * With stdout a terminal (and no -q) it reports `Successfully copied 2.05kB to …` on stderr, the
 * size being the tar stream's; docker 28's progress line never shows (its terminal check looks
 * at a wrapped stream).
 */
import type { Invocation } from '../../command.ts';
import { humanSizeWithPrecision } from '../../formatter/units.ts';
import { archivePath, extractToDir, MODE_DIR, MODE_SYMLINK, statPath, type PathStat } from '../../../daemon/archive.ts';
import {
  CopyError,
  archiveBytes,
  archiveEntries,
  archiveLength,
  cleanPath,
  copyInfoDestinationPath,
  copyInfoSourcePath,
  fsSource,
  goPathError,
  joinPath,
  preserveTrailingDotOrSeparator,
  prepareArchiveCopy,
  rebaseArchiveEntries,
  splitPathDirEntry,
  tarResource,
  untar,
  type ArchiveEntry,
  type CopyInfo,
} from '../../../archive/copy.ts';
import { isFsError } from '../../../vfs/errors.ts';
import { TarFormatError } from '../../../archive/tar.ts';
import type { FileSystem } from '../../../vfs/types.ts';
import { daemonMessage, type DockerIO } from '../io.ts';

/** A failure the CLI prints as is (status 1). */
class CliError extends Error {}

/** `CONTAINER:PATH` vs a local path (an absolute path, or `./x:y`, is always local). */
function splitCpArg(arg: string): { container: string; path: string } {
  if (arg.startsWith('/')) return { container: '', path: arg };
  const i = arg.indexOf(':');
  if (i < 0 || arg.startsWith('.')) return { container: '', path: arg };
  return { container: arg.slice(0, i), path: arg.slice(i + 1) };
}

function resolveLocalPath(fs: FileSystem, p: string): string {
  // filepath.Abs, then the trailing `/` or `/.` the user typed.
  return preserveTrailingDotOrSeparator(p.startsWith('/') ? cleanPath(p) : joinPath(fs.cwd, p), p);
}

/** command.ValidateOutputPath. */
function validateOutputPath(fs: FileSystem, path: string): void {
  const dir = splitPathDirEntry(cleanPath(path))[0];
  if (dir !== '' && dir !== '.') {
    try {
      fs.stat(dir);
    } catch (e) {
      if (isFsError(e, 'ENOENT')) throw new CliError(`invalid output path: directory ${JSON.stringify(dir)} does not exist`);
    }
  }
  try {
    const st = fs.stat(path);
    if (st.kind === 'chardev') throw new CliError(`invalid output path: ${JSON.stringify(path)} must be a directory or a regular file: got a device`);
    if (st.kind !== 'dir' && st.kind !== 'file') throw new CliError(`invalid output path: ${JSON.stringify(path)} must be a directory or a regular file: got an irregular file`);
  } catch (e) {
    if (isFsError(e, 'ENOENT')) return;
    if (isFsError(e)) throw new CliError(goPathError('stat', path, e));
    throw e;
  }
}

function statOrNull(io: DockerIO, container: string, path: string): PathStat | null {
  try {
    return statPath(io.daemon, container, path);
  } catch {
    return null;
  }
}

async function copyFromContainer(io: DockerIO, container: string, srcIn: string, dstIn: string, opts: { followLink: boolean; quiet: boolean }): Promise<void> {
  const fs = io.ctx.fs;
  let srcPath = srcIn;
  const dstPath = dstIn === '-' ? '-' : resolveLocalPath(fs, dstIn);
  validateOutputPath(fs, dstPath);
  let rebaseName = '';
  if (opts.followLink) {
    const st = statOrNull(io, container, srcPath);
    if (st && st.mode & MODE_SYMLINK) {
      let target = st.linkTarget;
      if (!target.startsWith('/')) target = joinPath(splitPathDirEntry(srcPath)[0], target);
      // archive.GetRebaseName: keep the name the user asked for.
      const [, srcBase] = splitPathDirEntry(srcPath);
      const [, targetBase] = splitPathDirEntry(target);
      if (srcBase !== targetBase) rebaseName = srcBase;
      srcPath = target;
    }
  }
  const { entries, stat } = archivePath(io.daemon, container, srcPath);
  if (dstPath === '-') {
    await io.ctx.stdout.write(archiveBytes(entries));
    return;
  }
  const srcInfo: CopyInfo = { path: srcPath, exists: true, isDir: (stat.mode & MODE_DIR) !== 0, rebaseName };
  let pre = entries;
  if (rebaseName) pre = rebaseArchiveEntries(entries, splitPathDirEntry(srcPath)[1], rebaseName);
  let failure: unknown = null;
  try {
    const dstInfo = copyInfoDestinationPath(fs, dstPath);
    const prepared = prepareArchiveCopy(pre, srcInfo, dstInfo);
    untar(prepared.entries, prepared.dstDir, fs, { noLchown: true, noOverwriteDirNonDir: true });
  } catch (e) {
    failure = e;
  }
  if (!opts.quiet) await io.stderr(`Successfully copied ${humanSizeWithPrecision(archiveLength(pre), 3)} to ${dstPath}\n`);
  if (failure) throw failure;
}

async function copyToContainer(io: DockerIO, container: string, srcIn: string, dstPath: string, opts: { followLink: boolean; copyUIDGID: boolean; quiet: boolean }): Promise<void> {
  const fs = io.ctx.fs;
  const srcPath = srcIn === '-' ? '-' : resolveLocalPath(fs, srcIn);
  const dstInfo: CopyInfo = { path: dstPath, exists: false, isDir: false };
  let dstStat = statOrNull(io, container, dstPath);
  if (dstStat && dstStat.mode & MODE_SYMLINK) {
    let target = dstStat.linkTarget;
    if (!target.startsWith('/')) target = joinPath(splitPathDirEntry(dstPath)[0], target);
    dstInfo.path = target;
    dstStat = statOrNull(io, container, target);
  }
  if (dstStat && dstStat.mode & 0x04000000) {
    throw new CliError(`destination "${container}:${dstPath}" must be a directory or a regular file: got a device`);
  }
  if (dstStat) {
    dstInfo.exists = true;
    dstInfo.isDir = (dstStat.mode & MODE_DIR) !== 0;
  }
  let entries: ArchiveEntry[];
  let dstDir: string;
  let size = 0;
  if (srcPath === '-') {
    dstDir = dstInfo.path;
    if (!dstInfo.isDir) throw new CliError(`destination "${container}:${dstPath}" must be a directory`);
    try {
      entries = archiveEntries(await io.ctx.stdin.readAll());
    } catch (e) {
      if (e instanceof TarFormatError) throw new CliError(`Error response from daemon: ${e.message}`);
      throw e;
    }
  } else {
    const srcInfo = copyInfoSourcePath(fs, srcPath, opts.followLink);
    let all: ArchiveEntry[];
    try {
      all = tarResource(fsSource(fs), srcInfo);
    } catch (e) {
      if (isFsError(e)) throw new CliError(goPathError(e.syscall === 'scandir' ? 'open' : e.syscall, e.path, e));
      throw e;
    }
    const prepared = prepareArchiveCopy(all, srcInfo, dstInfo);
    entries = prepared.entries;
    dstDir = prepared.dstDir;
    size = archiveLength(entries);
  }
  let failure: unknown = null;
  try {
    extractToDir(io.daemon, container, dstDir, entries, { copyUIDGID: opts.copyUIDGID, noOverwriteDirNonDir: true });
  } catch (e) {
    failure = e;
  }
  if (!opts.quiet) {
    // Streamed from stdin the bytes are not counted: docker prints 0B.
    await io.stderr(`Successfully copied ${humanSizeWithPrecision(size, 3)} to ${container}:${dstInfo.path}\n`);
  }
  if (failure) throw failure;
}

export async function cp(inv: Invocation, io: DockerIO): Promise<number> {
  const [source, destination] = inv.args;
  const quiet = inv.flags.changed('quiet') ? inv.flags.bool('quiet') : !io.ctx.stdout.isTTY;
  const followLink = inv.flags.bool('follow-link');
  try {
    if (source === '') throw new CliError('source can not be empty');
    if (destination === '') throw new CliError('destination can not be empty');
    const src = splitCpArg(source);
    const dst = splitCpArg(destination);
    if (src.container !== '' && dst.container !== '') throw new CliError('copying between containers is not supported');
    if (src.container !== '') await copyFromContainer(io, src.container, src.path, dst.path, { followLink, quiet });
    else if (dst.container !== '') await copyToContainer(io, dst.container, src.path, dst.path, { followLink, copyUIDGID: inv.flags.bool('archive'), quiet });
    else throw new CliError('must specify at least one container source');
  } catch (e) {
    let msg: string;
    if (e instanceof CliError || e instanceof CopyError) msg = e.message;
    else if (isFsError(e)) msg = goPathError(e.syscall, e.path, e);
    else msg = daemonMessage(e);
    await io.stderr(`${msg}\n`);
    return 1;
  }
  return 0;
}
