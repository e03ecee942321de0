/**
 * id: user and group IDs of the current process (its credentials) or of named users (/etc/passwd
 * and getgrouplist over /etc/group). Recorded from coreutils 9.1 and busybox 1.35 as a user whose
 * kernel group list is sorted (27,1001,1002) with primary group 1001:
 *   id          -> uid=1001(student) gid=1001(student) groups=1001(student),27(sudo),1002(docker)
 *   busybox id  -> uid=1001(student) gid=1001(student) groups=27(sudo),1001(student),1002(docker)
 *   id -G, busybox id -G -> 1001 27 1002  (primary first, then the rest)
 *   id nosuch   -> "id: ‘nosuch’: no such user", 1;  busybox: "id: unknown user nosuch", 1
 *   id -u -g    -> "id: cannot print "only" of more than one choice", 1;  busybox: usage, 1
 *   id -n       -> "id: cannot print only names or real IDs in default format", 1
 *   id -un (uid 4242 without a name) -> "4242" and "id: cannot find name for user ID 4242", 1
 *                                busybox: "4242" and "id: unknown ID 4242", 1
 *   busybox id with no supplementary groups -> "uid=4242 gid=4242" (no groups= part)
 */
import type { Applet, ProcessContext } from '../process.ts';
import { parseOptions, progName } from './lib/parse-options.ts';
import { busyboxHelp, busyboxShowUsage, gnuHelp, gnuVersion, sysUsageError } from './lib/sys-usage.ts';
import { isUtf8Locale, quoteName } from './lib/fs-quote.ts';
import { groupList, groupName, userByName, userByUid, userName } from './lib/userdb.ts';

interface Subject {
  uid: number;
  gid: number;
  /** The group list as the default format prints it. */
  groups: number[];
  /** The list -G prints: the primary group first, then the others. */
  gFlag: number[];
}

function primaryFirst(gid: number, groups: readonly number[]): number[] {
  return [gid, ...groups.filter((g) => g !== gid)];
}

/** The calling process: its credentials, with the group list sorted as the kernel keeps it. */
function self(ctx: ProcessContext): Subject {
  const c = ctx.fs.cred;
  const kernel = [...new Set(c.groups)].sort((a, b) => a - b);
  const gFlag = primaryFirst(c.gid, kernel);
  // coreutils shows the effective gid and then getgroups(); busybox shows getgroups() as is.
  return { uid: c.uid, gid: c.gid, groups: ctx.flavour === 'gnu' ? gFlag : kernel, gFlag };
}

function named(ctx: ProcessContext, user: string): Subject | undefined {
  let pw = userByName(ctx.fs, user);
  // coreutils also takes a number as a uid when no user has that name; busybox does not.
  if (!pw && ctx.flavour === 'gnu' && /^\+?\d+$/.test(user)) pw = userByUid(ctx.fs, Number(user));
  if (!pw) return undefined;
  const list = groupList(ctx.fs, pw.name, pw.gid);
  return { uid: pw.uid, gid: pw.gid, groups: list, gFlag: list };
}

const withName = (id: number, name: string | undefined): string => (name === undefined ? `${id}` : `${id}(${name})`);

function defaultFormat(ctx: ProcessContext, s: Subject): string {
  let line = `uid=${withName(s.uid, userName(ctx.fs, s.uid))} gid=${withName(s.gid, groupName(ctx.fs, s.gid))}`;
  if (s.groups.length > 0) line += ` groups=${s.groups.map((g) => withName(g, groupName(ctx.fs, g))).join(',')}`;
  return line;
}

/** -u/-g/-G output; names that do not exist print as numbers with a complaint. */
async function only(ctx: ProcessContext, s: Subject, which: 'u' | 'g' | 'G', names: boolean, zero: boolean): Promise<number> {
  const prog = progName(ctx, 'id');
  const ids = which === 'u' ? [s.uid] : which === 'g' ? [s.gid] : s.gFlag;
  let status = 0;
  const words: string[] = [];
  for (const id of ids) {
    if (!names) {
      words.push(String(id));
      continue;
    }
    const name = which === 'u' ? userName(ctx.fs, id) : groupName(ctx.fs, id);
    if (name !== undefined) {
      words.push(name);
      continue;
    }
    words.push(String(id));
    status = 1;
    const what = which === 'u' ? 'user' : 'group';
    await ctx.stderr.write(ctx.flavour === 'gnu' ? `${prog}: cannot find name for ${what} ID ${id}\n` : `${prog}: unknown ID ${id}\n`);
  }
  const sep = zero ? '\0' : ' ';
  await ctx.stdout.write(words.join(sep) + (zero ? '\0' : '\n'));
  return status;
}

async function gnuId(ctx: ProcessContext): Promise<number> {
  const r = parseOptions(ctx, {
    name: 'id',
    short: 'agnruzGZ',
    long: [
      { name: 'context', arg: 'none', key: 'Z' },
      { name: 'group', arg: 'none', key: 'g' },
      { name: 'groups', arg: 'none', key: 'G' },
      { name: 'name', arg: 'none', key: 'n' },
      { name: 'real', arg: 'none', key: 'r' },
      { name: 'user', arg: 'none', key: 'u' },
      { name: 'zero', arg: 'none', key: 'z' },
      { name: 'help', arg: 'none', key: 'help' },
      { name: 'version', arg: 'none', key: 'version' },
    ],
  });
  if (!r.ok) return sysUsageError(ctx, 'id', r.message);
  const keys = new Set(r.opts.map((o) => o.key));
  if (keys.has('help')) {
    await ctx.stdout.write(gnuHelp(ctx, 'id'));
    return 0;
  }
  if (keys.has('version')) {
    await ctx.stdout.write(gnuVersion('id'));
    return 0;
  }
  const prog = progName(ctx, 'id');
  const choices = (['u', 'g', 'G'] as const).filter((k) => keys.has(k));
  if (keys.has('Z')) {
    await ctx.stderr.write(`${prog}: --context (-Z) works only on an SELinux-enabled kernel\n`);
    return 1;
  }
  if (choices.length > 1) {
    await ctx.stderr.write(`${prog}: cannot print "only" of more than one choice\n`);
    return 1;
  }
  if (choices.length === 0 && (keys.has('n') || keys.has('r'))) {
    await ctx.stderr.write(`${prog}: cannot print only names or real IDs in default format\n`);
    return 1;
  }
  if (choices.length === 0 && keys.has('z')) {
    await ctx.stderr.write(`${prog}: option --zero not permitted in default format\n`);
    return 1;
  }
  const subjects: (Subject | string)[] = r.operands.length === 0 ? [self(ctx)] : r.operands.map((u) => named(ctx, u) ?? u);
  let status = 0;
  for (const s of subjects) {
    if (typeof s === 'string') {
      await ctx.stderr.write(`${prog}: ${quoteName(s, 'locale', isUtf8Locale(ctx.env))}: no such user\n`);
      status = 1;
      continue;
    }
    if (choices.length === 1) status |= await only(ctx, s, choices[0], keys.has('n'), keys.has('z'));
    else await ctx.stdout.write(defaultFormat(ctx, s) + '\n');
  }
  return status;
}

async function busyboxId(ctx: ProcessContext): Promise<number> {
  const help = await busyboxHelp(ctx, 'id');
  if (help !== null) return help;
  const r = parseOptions(ctx, { name: 'id', short: 'rnugG' });
  if (!r.ok) return sysUsageError(ctx, 'id', r.message);
  const keys = new Set(r.opts.map((o) => o.key));
  const choices = (['u', 'g', 'G'] as const).filter((k) => keys.has(k));
  if (choices.length > 1 || r.operands.length > 1) return busyboxShowUsage(ctx, 'id');
  if (choices.length === 0 && (keys.has('n') || keys.has('r'))) return busyboxShowUsage(ctx, 'id');
  let s: Subject | undefined;
  if (r.operands.length === 0) s = self(ctx);
  else {
    s = named(ctx, r.operands[0]);
    if (!s) {
      await ctx.stderr.write(`${progName(ctx, 'id')}: unknown user ${r.operands[0]}\n`);
      return 1;
    }
  }
  if (choices.length === 1) return only(ctx, s, choices[0], keys.has('n'), false);
  await ctx.stdout.write(defaultFormat(ctx, s) + '\n');
  return 0;
}

export const applet: Applet = {
  name: 'id',
  run: (ctx) => (ctx.flavour === 'gnu' ? gnuId(ctx) : busyboxId(ctx)),
};
