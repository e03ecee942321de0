/**
 * touch: create files or set their times (-a/-m, -c, -d DATE, -t STAMP, -r FILE, -h for a symlink's own).
 *
 * GNU: `touch: cannot touch 'x': No such file or directory`, `touch: invalid date format ‘bogus’`;
 * busybox: `touch: x: No such file or directory`, `touch: invalid date 'bogus'`.
 * Time without -d/-t/-r is the virtual clock's "now".
 */
import type { Applet } from '../process.ts';
import { attempt, bbShowUsage, errText, parseOrFail, qa, ql, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { parseBusyboxDate, parseGnuDate, parsePosixStamp } from './lib/parse-date.ts';
import { strerror } from '../../vfs/errors.ts';

const GNU_SPEC: OptionSpec = {
  name: 'touch',
  short: 'acd:fhmr:t:',
  long: [
    { name: 'no-create', arg: 'none', key: 'c' },
    { name: 'date', arg: 'required', key: 'd' },
    { name: 'no-dereference', arg: 'none', key: 'h' },
    { name: 'reference', arg: 'required', key: 'r' },
    { name: 'time', arg: 'required', key: 'time' },
  ],
};

const BB_SPEC: OptionSpec = {
  name: 'touch',
  short: 'chr:d:t:amf',
  long: [
    { name: 'no-create', arg: 'none', key: 'c' },
    { name: 'no-dereference', arg: 'none', key: 'h' },
    { name: 'reference', arg: 'required', key: 'r' },
    { name: 'date', arg: 'required', key: 'd' },
  ],
};

export const applet: Applet = {
  name: 'touch',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    if (p.operands.length === 0) {
      return gnu ? usageError(ctx, 'touch', 'missing file operand') : bbShowUsage(ctx, 'touch');
    }
    const now = ctx.host.clock.now();
    let atime: number | null = null;
    let mtime: number | null = null;
    let onlyA = false;
    let onlyM = false;
    for (const { key, value } of p.opts) {
      if (key === 'a') onlyA = true;
      else if (key === 'm') onlyM = true;
      else if (key === 'time') {
        if (value === 'access' || value === 'atime' || value === 'use') onlyA = true;
        else if (value === 'modify' || value === 'mtime') onlyM = true;
      } else if (key === 'd' || key === 't') {
        const v = value ?? '';
        const t = key === 't' ? parsePosixStamp(v, now) : gnu ? parseGnuDate(v, now) : parseBusyboxDate(v, now);
        if (t === null) {
          if (gnu) await warn(ctx, 'touch', `invalid date format ${ql(ctx, v)}`);
          else await warn(ctx, 'touch', `invalid date '${v}'`);
          return 1;
        }
        atime = mtime = t;
      } else if (key === 'r') {
        const ref = attempt(() => ctx.fs.stat(value ?? ''));
        if (!ref.ok) {
          if (gnu) await warn(ctx, 'touch', `failed to get attributes of ${qa(ctx, value ?? '')}: ${errText(ref.error)}`);
          else await warn(ctx, 'touch', `can't stat '${value}': ${errText(ref.error)}`);
          return 1;
        }
        atime = ref.value.atime;
        mtime = ref.value.mtime;
      }
    }
    // -a alone keeps mtime, -m alone keeps atime; both (or neither) set both.
    const setA = !onlyM || onlyA;
    const setM = !onlyA || onlyM;
    const noCreate = p.has('c');
    // -h: the link's own times (lutimes). GNU then never creates a file (touch.c skips the open);
    // busybox still creates a missing one, as without -h.
    const follow = !p.has('h');
    let status = 0;
    for (const file of p.operands) {
      ctx.tick();
      const st = attempt(() => (follow ? ctx.fs.stat(file) : ctx.fs.lstat(file)));
      if (!st.ok && st.error.code === 'ENOENT') {
        if (noCreate) continue;
        if (gnu && !follow) {
          await warn(ctx, 'touch', `setting times of ${qa(ctx, file)}: ${errText(st.error)}`);
          status = 1;
          continue;
        }
        const created = attempt(() => ctx.fs.writeFile(file, new Uint8Array(0), { append: true }));
        if (!created.ok) {
          if (gnu) await warn(ctx, 'touch', `cannot touch ${qa(ctx, file)}: ${errText(created.error)}`);
          else await warn(ctx, 'touch', `${file}: ${errText(created.error)}`);
          status = 1;
          continue;
        }
        if (atime === null) continue;
      } else if (!st.ok) {
        if (gnu && follow) await warn(ctx, 'touch', `cannot touch ${qa(ctx, file)}: ${errText(st.error)}`);
        else if (gnu) await warn(ctx, 'touch', `setting times of ${qa(ctx, file)}: ${errText(st.error)}`);
        else await warn(ctx, 'touch', `${file}: ${errText(st.error)}`);
        status = 1;
        continue;
      }
      // A file busybox just created (possibly through a dangling link) gets its times through utimes.
      const again = st.ok ? st : attempt(() => ctx.fs.stat(file));
      const cur = again.ok ? again.value : null;
      const a = setA ? (atime ?? now) : (cur?.atime ?? now);
      const m = setM ? (mtime ?? now) : (cur?.mtime ?? now);
      const linkSelf = !follow && st.ok;
      const done = attempt(() => ctx.fs.utimes(file, a, m, !linkSelf));
      if (!done.ok) {
        // Linux lets anyone who may write the file set its times to "now"; the view only knows
        // explicit times, so that case is accepted without changing them. A symlink's own mode
        // (0777) always allows it, which the VFS reports as EPERM rather than EACCES.
        const writable = linkSelf ? done.error.code === 'EPERM' : ctx.fs.access(file, 'w');
        if (atime === null && writable && done.error.code === 'EPERM') continue;
        // Explicit times need ownership whatever the mode: EPERM, where the VFS (which cannot tell
        // them from "now") says EACCES for a file the caller may not write either.
        const why = atime !== null && done.error.code === 'EACCES' ? strerror('EPERM') : errText(done.error);
        if (!gnu) await warn(ctx, 'touch', `${file}: ${why}`);
        else if (!writable && !linkSelf) await warn(ctx, 'touch', `cannot touch ${qa(ctx, file)}: Permission denied`);
        else await warn(ctx, 'touch', `setting times of ${qa(ctx, file)}: ${why}`);
        status = 1;
      }
    }
    return status;
  },
};
