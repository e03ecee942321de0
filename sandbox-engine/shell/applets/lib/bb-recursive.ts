/**
 * busybox's recursive_action (libbb/recursive_action.c), which chmod -R and chown -R use: stat the
 * path (following links only where the flags say), call the file action on non-directories, and on
 * directories call the dir action before (or, depth-first, after) walking the entries. A failing dir
 * action is reported by the action and then once more here, and the directory is not entered; an
 * unreadable directory is reported as `applet: path: Permission denied`.
 */
import type { ProcessContext } from '../../process.ts';
import type { Stat } from '../../../vfs/types.ts';
import { attempt, errText, joinPath, warn } from './fs-common.ts';
import type { Errno } from '../../../vfs/errors.ts';
import { strerror } from '../../../vfs/errors.ts';
import { pace } from './pace.ts';

export interface RecursiveFlags {
  recurse: boolean;
  depthFirst: boolean;
  /** Follow symlinks at the top level (-H/-L). */
  followTop: boolean;
  /** Follow symlinks everywhere (-L). */
  follow: boolean;
  quiet: boolean;
}

/** An action returns null on success, or the errno it failed with (after printing its message). */
export type Action = (path: string, st: Stat, depth: number) => Promise<Errno | null>;

export async function recursiveAction(ctx: ProcessContext, prog: string, path: string, flags: RecursiveFlags, action: Action, depth = 0): Promise<boolean> {
  ctx.tick();
  const follow = flags.follow || (depth === 0 && flags.followTop);
  const s = attempt(() => (follow ? ctx.fs.stat(path) : ctx.fs.lstat(path)));
  const nak = async (text: string): Promise<false> => {
    if (!flags.quiet) await warn(ctx, prog, `${path}: ${text}`);
    return false;
  };
  if (!s.ok) return nak(errText(s.error));
  const st = s.value;
  if (st.kind !== 'dir' || !flags.recurse) return (await action(path, st, depth)) === null;
  // A failing directory action is reported a second time (done_nak_warn).
  if (!flags.depthFirst) {
    const e = await action(path, st, depth);
    if (e !== null) return nak(strerror(e));
  }
  const names = attempt(() => ctx.fs.readdir(path));
  if (!names.ok) return nak(errText(names.error));
  let ok = true;
  for (const n of names.value) {
    await pace(ctx);
    if (!(await recursiveAction(ctx, prog, joinPath(path, n), flags, action, depth + 1))) ok = false;
  }
  if (flags.depthFirst) {
    const e = await action(path, st, depth);
    if (e !== null) return nak(strerror(e));
  }
  return ok;
}
