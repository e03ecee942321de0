/**
 * chown: change owner and/or group: USER, USER:GROUP, USER: (the user's login group), :GROUP,
 * numeric ids; -R (post-order, symlinks inside the tree changed themselves), -h, -v/-c, -f.
 * Only root may give files away; an owner may change the group to one of its own groups.
 *
 * GNU: `chown: invalid user: ‘bob’`, `chown: changing ownership of 'x': Operation not permitted`,
 * `changed ownership of 'x' from root to student`. busybox: `chown: unknown user bob`,
 * `chown: x: Operation not permitted`, `changed ownership of 'x' to 1000:1000`.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Stat } from '../../vfs/types.ts';
import type { Errno } from '../../vfs/errors.ts';
import { attempt, bbShowUsage, errText, joinPath, parseOrFail, qa, ql, usageError, warn, type OptionSpec } from './lib/fs-common.ts';
import { IdNames } from './lib/id-names.ts';
import { recursiveAction } from './lib/bb-recursive.ts';
import { pace } from './lib/pace.ts';

const GNU_SPEC: OptionSpec = {
  name: 'chown',
  short: 'cfhvRHLP',
  long: [
    { name: 'changes', arg: 'none', key: 'c' },
    { name: 'silent', arg: 'none', key: 'f' },
    { name: 'quiet', arg: 'none', key: 'f' },
    { name: 'no-dereference', arg: 'none', key: 'h' },
    { name: 'dereference', arg: 'none', key: 'dereference' },
    { name: 'verbose', arg: 'none', key: 'v' },
    { name: 'recursive', arg: 'none', key: 'R' },
    { name: 'reference', arg: 'required', key: 'reference' },
    { name: 'from', arg: 'required', key: 'from' },
  ],
};

const BB_SPEC: OptionSpec = {
  name: 'chown',
  short: 'RhLHPcvf',
  long: [
    { name: 'recursive', arg: 'none', key: 'R' },
    { name: 'dereference', arg: 'none', key: 'dereference' },
    { name: 'no-dereference', arg: 'none', key: 'h' },
    { name: 'changes', arg: 'none', key: 'c' },
    { name: 'silent', arg: 'none', key: 'f' },
    { name: 'quiet', arg: 'none', key: 'f' },
    { name: 'verbose', arg: 'none', key: 'v' },
  ],
};

interface Spec {
  uid: number;
  gid: number;
  userGiven: boolean;
  groupGiven: boolean;
  /** GNU accepted the obsolete `user.group` form (and warns about it). */
  warnDot?: boolean;
}

/** GNU parse_user_spec. Returns an error message or the spec. */
function parseGnu(ctx: ProcessContext, ids: IdNames, text: string): Spec | string {
  let sep = text.indexOf(':');
  let warnDot = false;
  if (sep < 0) {
    const dot = text.indexOf('.');
    // `user.group` is accepted when no user is literally named that.
    if (dot >= 0 && !ids.lookupUser(text)) {
      sep = dot;
      warnDot = true;
    }
  }
  const user = sep >= 0 ? text.slice(0, sep) : text;
  const group = sep >= 0 ? text.slice(sep + 1) : null;
  const spec: Spec = { uid: -1, gid: -1, userGiven: user !== '', groupGiven: group !== null && group !== '' };
  if (user !== '') {
    const u = ids.lookupUser(user);
    if (u) {
      spec.uid = u.uid;
      if (group === '') {
        spec.gid = u.gid;
        spec.groupGiven = true;
      }
    } else if (/^\d+$/.test(user)) {
      spec.uid = Number(user);
      if (group === '') return `invalid spec: ${ql(ctx, text)}`;
    } else return `invalid user: ${ql(ctx, text)}`;
  }
  if (group !== null && group !== '') {
    const g = ids.lookupGroup(group);
    if (g !== undefined) spec.gid = g;
    else if (/^\d+$/.test(group)) spec.gid = Number(group);
    else return `invalid group: ${ql(ctx, text)}`;
  }
  spec.warnDot = warnDot;
  return spec;
}

/** busybox parse_chown_usergroup_or_die. */
function parseBusybox(ids: IdNames, text: string): Spec | string {
  let t = text;
  let sep = t.indexOf('.');
  if (sep >= 0) t = t.slice(0, sep) + ':' + t.slice(sep + 1);
  else sep = t.indexOf(':');
  const spec: Spec = { uid: -1, gid: -1, userGiven: false, groupGiven: false };
  const userId = (name: string): number | null => {
    if (/^\d+$/.test(name)) return Number(name);
    const u = ids.lookupUser(name);
    return u ? u.uid : null;
  };
  const groupId = (name: string): number | null => {
    if (/^\d+$/.test(name)) return Number(name);
    return ids.lookupGroup(name) ?? null;
  };
  if (sep < 0) {
    const u = userId(t);
    if (u === null) return `unknown user ${t}`;
    spec.uid = u;
    return spec;
  }
  if (sep === 0) {
    const g = groupId(t.slice(1));
    if (g === null) return `unknown group ${t.slice(1)}`;
    spec.gid = g;
    return spec;
  }
  const user = t.slice(0, sep);
  const group = t.slice(sep + 1);
  const u = userId(user);
  if (u === null) return `unknown user/group ${group === '' ? user : t}`;
  spec.uid = u;
  const entry = /^\d+$/.test(user) ? undefined : ids.lookupUser(user);
  spec.gid = entry ? entry.gid : u;
  if (group !== '') {
    const g = groupId(group);
    if (g === null) return `unknown user/group ${t}`;
    spec.gid = g;
  }
  return spec;
}

interface Job {
  ctx: ProcessContext;
  ids: IdNames;
  spec: Spec;
  verbose: boolean;
  changes: boolean;
  quiet: boolean;
}

/** The new owner as given: `u`, `u:g` or `:g` (coreutils 9.1 -v wording). */
function describeNew(j: Job, uid: number, gid: number): string {
  const u = j.ids.user(uid);
  const g = j.ids.group(gid);
  if (j.spec.userGiven && j.spec.groupGiven) return `${u}:${g}`;
  if (j.spec.groupGiven) return `:${g}`;
  return u;
}

/** The old owner: the user alone when only a user was given, else `user:group`. */
function describeOld(j: Job, uid: number, gid: number): string {
  const u = j.ids.user(uid);
  return j.spec.groupGiven ? `${u}:${j.ids.group(gid)}` : u;
}

async function gnuChange(j: Job, path: string, st: Stat, follow: boolean): Promise<boolean> {
  const ctx = j.ctx;
  const uid = j.spec.uid < 0 ? st.uid : j.spec.uid;
  const gid = j.spec.gid < 0 ? st.gid : j.spec.gid;
  const r = attempt(() => ctx.fs.chown(path, j.spec.uid, j.spec.gid, follow));
  if (!r.ok) {
    if (!j.quiet) await warn(ctx, 'chown', `changing ownership of ${qa(ctx, path)}: ${errText(r.error)}`);
    return false;
  }
  const changed = uid !== st.uid || gid !== st.gid;
  if (j.verbose || (j.changes && changed)) {
    const line = changed
      ? `changed ownership of ${qa(ctx, path)} from ${describeOld(j, st.uid, st.gid)} to ${describeNew(j, uid, gid)}\n`
      : `ownership of ${qa(ctx, path)} retained as ${describeNew(j, uid, gid)}\n`;
    await ctx.stdout.write(line);
  }
  return true;
}

async function gnuWalk(j: Job, path: string, o: { recursive: boolean; deref: boolean }, top: boolean): Promise<boolean> {
  const ctx = j.ctx;
  ctx.tick();
  const l = attempt(() => ctx.fs.lstat(path));
  if (!l.ok) {
    if (!j.quiet) await warn(ctx, 'chown', `cannot access ${qa(ctx, path)}: ${errText(l.error)}`);
    return false;
  }
  // Without -R a named symlink is followed (unless -h); inside a tree, links are changed themselves.
  const follow = top && o.deref && l.value.kind === 'symlink';
  let st = l.value;
  if (follow) {
    const s = attempt(() => ctx.fs.stat(path));
    if (!s.ok) {
      if (!j.quiet) await warn(ctx, 'chown', `cannot dereference ${qa(ctx, path)}: ${errText(s.error)}`);
      return false;
    }
    st = s.value;
  }
  let ok = true;
  if (o.recursive && st.kind === 'dir' && l.value.kind === 'dir') {
    const names = attempt(() => ctx.fs.readdir(path));
    if (!names.ok) {
      if (!j.quiet) await warn(ctx, 'chown', `cannot read directory ${qa(ctx, path)}: ${errText(names.error)}`);
      ok = false;
    } else {
      for (const n of names.value) {
        await pace(ctx);
        if (!(await gnuWalk(j, joinPath(path, n), o, false))) ok = false;
      }
    }
  }
  if (!(await gnuChange(j, path, st, follow || (st.kind !== 'symlink' && top)))) ok = false;
  return ok;
}

export const applet: Applet = {
  name: 'chown',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const p = await parseOrFail(ctx, gnu ? GNU_SPEC : BB_SPEC);
    if (typeof p === 'number') return p;
    const ids = new IdNames(ctx.fs);
    const ops = [...p.operands];
    let spec: Spec;
    const reference = gnu ? p.value('reference') : undefined;
    if (reference !== undefined) {
      const r = attempt(() => ctx.fs.stat(reference));
      if (!r.ok) {
        await warn(ctx, 'chown', `failed to get attributes of ${qa(ctx, reference)}: ${errText(r.error)}`);
        return 1;
      }
      spec = { uid: r.value.uid, gid: r.value.gid, userGiven: true, groupGiven: true };
    } else {
      if (ops.length === 0) return gnu ? usageError(ctx, 'chown', 'missing operand') : bbShowUsage(ctx, 'chown');
      if (ops.length === 1) return gnu ? usageError(ctx, 'chown', `missing operand after ${ql(ctx, ops[0])}`) : bbShowUsage(ctx, 'chown');
      const text = ops.shift()!;
      const parsed = gnu ? parseGnu(ctx, ids, text) : parseBusybox(ids, text);
      if (typeof parsed === 'string') {
        await warn(ctx, 'chown', parsed);
        return 1;
      }
      if (gnu && parsed.warnDot) await warn(ctx, 'chown', `warning: '.' should be ':': ${ql(ctx, text)}`);
      spec = parsed;
    }
    if (ops.length === 0) return gnu ? usageError(ctx, 'chown', 'missing operand') : bbShowUsage(ctx, 'chown');
    const j: Job = { ctx, ids, spec, verbose: p.has('v'), changes: p.has('c'), quiet: p.has('f') };
    const recursive = p.has('R');
    let status = 0;
    if (gnu) {
      // -R defaults to -P (links not followed); plain chown follows unless -h.
      const deref = p.has('dereference') || (!p.has('h') && (!recursive || p.has('H') || p.has('L')));
      for (const f of ops) if (!(await gnuWalk(j, f, { recursive, deref }, true))) status = 1;
      return status;
    }
    const noDeref = p.has('h') || (recursive && !p.has('H') && !p.has('L'));
    for (const f of ops) {
      const ok = await recursiveAction(
        ctx,
        'chown',
        f,
        { recurse: recursive, depthFirst: true, followTop: p.has('H') || p.has('L'), follow: p.has('L'), quiet: j.quiet },
        async (path, st): Promise<Errno | null> => {
          const uid = spec.uid < 0 ? st.uid : spec.uid;
          const gid = spec.gid < 0 ? st.gid : spec.gid;
          const r = attempt(() => ctx.fs.chown(path, uid, gid, !noDeref));
          if (!r.ok) {
            if (!j.quiet) await warn(ctx, 'chown', `${path}: ${errText(r.error)}`);
            return r.error.code;
          }
          if (j.verbose || (j.changes && (st.uid !== uid || st.gid !== gid))) {
            await ctx.stdout.write(`changed ownership of '${path}' to ${uid}:${gid}\n`);
          }
          return null;
        },
      );
      if (!ok) status = 1;
    }
    return status;
  },
};
