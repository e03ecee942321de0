/**
 * mkdir: make directories (-p parents, -m MODE, -v).
 *
 * GNU quotes names with the locale's quotes here (‘d’ under C.UTF-8):
 *   mkdir: cannot create directory ‘d’: File exists
 * busybox: mkdir: can't create directory 'd': File exists
 * With -p GNU names the component that failed; busybox names the path up to it, with its slash.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { attempt, bbShowUsage, errText, parseOrFail, qa, ql, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { strerror, type Errno } from '../../vfs/errors.ts';
import { busyboxApplyMode, gnuApplyMode, parseMode, type ModeSpec } from './lib/mode-parse.ts';

const GNU_SPEC: OptionSpec = {
  name: 'mkdir',
  short: 'pm:vZ',
  long: [
    { name: 'parents', arg: 'none', key: 'p' },
    { name: 'mode', arg: 'required', key: 'm' },
    { name: 'verbose', arg: 'none', key: 'v' },
  ],
};

const BB_SPEC: OptionSpec = {
  name: 'mkdir',
  short: 'm:pv',
  long: [
    { name: 'mode', arg: 'required', key: 'm' },
    { name: 'parents', arg: 'none', key: 'p' },
    { name: 'verbose', arg: 'none', key: 'v' },
  ],
};

interface Job {
  ctx: ProcessContext;
  gnu: boolean;
  mode: ModeSpec | null;
  verbose: boolean;
}

async function created(j: Job, path: string): Promise<void> {
  if (!j.verbose) return;
  const text = j.gnu ? `mkdir: created directory ${qa(j.ctx, path)}\n` : `created directory: '${path}'\n`;
  await j.ctx.stdout.write(text);
}

async function fail(j: Job, path: string, code: Errno): Promise<void> {
  if (j.gnu) await warn(j.ctx, 'mkdir', `cannot create directory ${ql(j.ctx, path)}: ${strerror(code)}`);
  else await warn(j.ctx, 'mkdir', `can't create directory '${path}': ${strerror(code)}`);
}

/** Apply -m after creation (mkdir(2) itself is subject to the umask, -m is not). */
async function applyMode(j: Job, path: string): Promise<boolean> {
  if (!j.mode) return true;
  const fs = j.ctx.fs;
  const umask = fs.umask;
  const mode = j.gnu ? gnuApplyMode(j.mode, 0o777, true, umask) : busyboxApplyMode(j.mode, 0o777, true, umask);
  const r = attempt(() => fs.chmod(path, mode));
  if (r.ok) return true;
  if (j.gnu) await warn(j.ctx, 'mkdir', `cannot set permissions of ${ql(j.ctx, path)}: ${errText(r.error)}`);
  else await warn(j.ctx, 'mkdir', `can't set permissions of directory '${path}': ${errText(r.error)}`);
  return false;
}

async function makeOne(j: Job, path: string): Promise<boolean> {
  const r = attempt(() => j.ctx.fs.mkdir(path, 0o777));
  if (!r.ok) {
    await fail(j, path, r.error.code);
    return false;
  }
  await created(j, path);
  return applyMode(j, path);
}

/** GNU -p: create each missing ancestor (u+wx so the next one can be made), then the target. */
async function makeParentsGnu(j: Job, path: string): Promise<boolean> {
  const fs = j.ctx.fs;
  const parts = path.split('/');
  let prefix = path.startsWith('/') ? '/' : '';
  const comps = parts.filter((p) => p !== '');
  for (let i = 0; i < comps.length; i++) {
    prefix = prefix === '' || prefix.endsWith('/') ? prefix + comps[i] : `${prefix}/${comps[i]}`;
    const last = i === comps.length - 1;
    const st = attempt(() => fs.stat(prefix));
    if (st.ok) {
      if (st.value.kind === 'dir') continue;
      await fail(j, prefix, last ? 'EEXIST' : 'ENOTDIR');
      return false;
    }
    if (comps[i] === '.' || comps[i] === '..') continue;
    const r = attempt(() => fs.mkdir(prefix, 0o777));
    if (!r.ok) {
      await fail(j, prefix, r.error.code);
      return false;
    }
    if (!last) {
      // Intermediate directories get u+wx whatever the umask, as mkdir -p does.
      const cur = attempt(() => fs.stat(prefix));
      if (cur.ok) attempt(() => fs.chmod(prefix, cur.value.mode | 0o300));
    }
    await created(j, prefix);
    if (last) return applyMode(j, prefix);
  }
  return true;
}

/** busybox -p (bb_make_directory): mkdir each prefix ending at a slash, then the whole path. */
async function makeParentsBusybox(j: Job, path: string): Promise<boolean> {
  const fs = j.ctx.fs;
  if (path === '/' || path === '.') return true;
  let i = 0;
  for (;;) {
    let end = -1;
    // Bypass leading non-slashes, then the run of slashes: the prefix includes them.
    while (i < path.length) {
      if (path[i] === '/') {
        while (i < path.length && path[i] === '/') i++;
        end = i;
        break;
      }
      i++;
    }
    const intermediate = end !== -1 && end < path.length;
    const prefix = intermediate ? path.slice(0, end) : path;
    const r = attempt(() => fs.mkdir(prefix, 0o777));
    if (!r.ok) {
      const exists = r.error.code === 'EEXIST' || r.error.code === 'EISDIR';
      // busybox stats the existing path; a failing stat leaves its errno for the message.
      const st = exists ? attempt(() => fs.stat(prefix)) : null;
      if (!st || !st.ok || st.value.kind !== 'dir') {
        await fail(j, prefix, st && !st.ok ? st.error.code : r.error.code);
        return false;
      }
      if (!intermediate) return true;
    } else {
      if (intermediate) {
        const cur = attempt(() => fs.stat(prefix));
        if (cur.ok) attempt(() => fs.chmod(prefix, cur.value.mode | 0o300));
      }
      await created(j, prefix);
      if (!intermediate) return applyMode(j, prefix);
    }
    if (!intermediate) return true;
  }
}

export const applet: Applet = {
  name: 'mkdir',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    let mode: ModeSpec | null = null;
    const m = p.value('m');
    if (m !== undefined) {
      mode = parseMode(m);
      if (!mode) {
        if (gnu) await warn(ctx, 'mkdir', `invalid mode ${ql(ctx, m)}`);
        else await warn(ctx, 'mkdir', `invalid mode '${m}'`);
        return 1;
      }
    }
    if (p.operands.length === 0) return gnu ? usageError(ctx, 'mkdir', 'missing operand') : bbShowUsage(ctx, 'mkdir');
    const j: Job = { ctx, gnu, mode, verbose: p.has('v') };
    let status = 0;
    for (const dir of p.operands) {
      ctx.tick();
      let ok: boolean;
      if (p.has('p')) ok = gnu ? await makeParentsGnu(j, dir) : await makeParentsBusybox(j, dir);
      else ok = await makeOne(j, dir);
      if (!ok) status = 1;
    }
    return status;
  },
};
