/**
 * sudo: run a command as root (or -u USER) through ctx.exec, without a password for members of
 * the `sudo` group (the course host's rule is `%sudo ALL=(ALL:ALL) NOPASSWD: ALL`). The command is
 * found through secure_path; the environment is reset as sudo's env_reset does (kept variables in
 * their order, then MAIL, PATH, LOGNAME, USER, HOME, SHELL, SUDO_*). -i and -s run the target's
 * shell with `-c` and the command escaped.
 * Recorded from sudo 1.9.13p3 on Debian 12 (student with NOPASSWD):
 *   sudo nosuch      -> "sudo: nosuch: command not found", 1
 *   sudo cd /tmp     -> that line plus three lines about shell built-ins, 1
 *   sudo -u nosuch id -> "sudo: unknown user nosuch" + "sudo: error initializing audit plugin sudoers_audit", 1
 *   sudo -u '#4242' id -> "sudo: unknown user #4242", 1
 *   sudo             -> the usage block on stderr, 1;  sudo -x -> "sudo: invalid option -- 'x'" + usage, 1
 *   not in sudoers, no terminal -> "sudo: a terminal is required to read the password; ..." +
 *                      "sudo: a password is required", 1
 *
 * The child runs with the target's credentials: ExecOptions is extended here with `user` and
 * `cred` (and `cwd` for -i), which the shell's exec honours.
 */
import type { Applet, ExecOptions, ProcessContext } from '../process.ts';
import type { Cred } from '../../vfs/types.ts';
import { groupByGid, groupByName, groupList, userByName, userByUid, type PasswdEntry } from './lib/userdb.ts';
import { isExecutableFile } from './lib/path-search.ts';
import { SUDO_HELP, SUDO_USAGE, SUDO_VERSION_PLUGINS } from './lib/sudo-text.ts';
import { parseOptions } from './lib/parse-options.ts';

/** What the shell's exec accepts beyond ExecOptions: who the child runs as, and where. */
export type PrivilegedExecOptions = ExecOptions & { user?: string; cred?: Cred; cwd?: string };

export const SECURE_PATH = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

/** Variables env_reset keeps (Debian's sudoers defaults plus sudo's built-in list). */
const KEEP = new Set(['COLORS', 'COLORTERM', 'DISPLAY', 'HOSTNAME', 'KRB5CCNAME', 'LS_COLORS', 'PS1', 'PS2', 'TZ', 'XAUTHORITY', 'XAUTHORIZATION', 'XDG_CURRENT_DESKTOP', 'LANG', 'LANGUAGE', 'LINGUAS', '_XKB_CHARSET', 'TERM']);

const kept = (name: string) => KEEP.has(name) || name.startsWith('LC_');

interface Invoker {
  name: string;
  uid: number;
  gid: number;
}

/** sudo's environment for the child: reset (default) or preserved (-E). */
function childEnv(ctx: ProcessContext, target: PasswdEntry, inv: Invoker, command: string, preserve: boolean, extra: Record<string, string>): Record<string, string> {
  const env: Record<string, string> = {};
  if (preserve) {
    for (const [k, v] of Object.entries(ctx.env)) env[k] = k === 'PATH' ? SECURE_PATH : v;
    // Set in place when present, appended otherwise (as recorded: USER in place, then LOGNAME, SHELL).
    env.USER = target.name;
    env.LOGNAME = target.name;
    env.SHELL = target.shell;
  } else {
    for (const [k, v] of Object.entries(ctx.env)) {
      if (k === 'PATH') env.PATH = SECURE_PATH;
      else if (kept(k)) env[k] = v;
    }
    env.MAIL = `/var/mail/${target.name}`;
    if (env.PATH === undefined) env.PATH = SECURE_PATH;
    env.LOGNAME = target.name;
    env.USER = target.name;
    env.HOME = target.home;
    env.SHELL = target.shell;
    if (env.TERM === undefined) env.TERM = 'unknown';
  }
  Object.assign(env, extra);
  env.SUDO_COMMAND = command;
  env.SUDO_USER = inv.name;
  env.SUDO_UID = String(inv.uid);
  env.SUDO_GID = String(inv.gid);
  return env;
}

/** Backslash-escape what a shell would read specially, as sudo does for `-s`/`-i` commands. */
function shellEscape(args: readonly string[]): string {
  return args.map((a) => a.replace(/[^A-Za-z0-9_\-$]/g, (c) => '\\' + c)).join(' ');
}

/** The first executable `dir/name` along secure_path, or a path given with a slash. */
function findCommand(ctx: ProcessContext, cred: Cred, name: string): string | undefined {
  const fs = ctx.fs.with({ cred });
  if (name.includes('/')) return isExecutableFile(fs, name) ? name : undefined;
  if (name === '') return undefined;
  for (const dir of SECURE_PATH.split(':')) if (isExecutableFile(fs, `${dir}/${name}`)) return `${dir}/${name}`;
  return undefined;
}

/** Whether the invoking user may use sudo without a password: root, or a member of `sudo`. */
function mayRun(ctx: ProcessContext): boolean {
  const c = ctx.fs.cred;
  if (c.uid === 0) return true;
  const g = groupByName(ctx.fs, 'sudo');
  return g !== undefined && c.groups.includes(g.gid);
}

export const applet: Applet = {
  name: 'sudo',
  async run(ctx) {
    const r = parseOptions(ctx, {
      name: 'sudo',
      short: '+ABbC:D:Eeg:HhiKklnPp:R:r:SsT:t:U:u:Vv',
      long: [
        { name: 'askpass', arg: 'none', key: 'A' },
        { name: 'background', arg: 'none', key: 'b' },
        { name: 'bell', arg: 'none', key: 'B' },
        { name: 'chdir', arg: 'required', key: 'D' },
        { name: 'preserve-env', arg: 'optional', key: 'E' },
        { name: 'edit', arg: 'none', key: 'e' },
        { name: 'group', arg: 'required', key: 'g' },
        { name: 'set-home', arg: 'none', key: 'H' },
        { name: 'help', arg: 'none', key: 'h' },
        { name: 'login', arg: 'none', key: 'i' },
        { name: 'remove-timestamp', arg: 'none', key: 'K' },
        { name: 'reset-timestamp', arg: 'none', key: 'k' },
        { name: 'list', arg: 'none', key: 'l' },
        { name: 'non-interactive', arg: 'none', key: 'n' },
        { name: 'preserve-groups', arg: 'none', key: 'P' },
        { name: 'prompt', arg: 'required', key: 'p' },
        { name: 'stdin', arg: 'none', key: 'S' },
        { name: 'shell', arg: 'none', key: 's' },
        { name: 'user', arg: 'required', key: 'u' },
        { name: 'version', arg: 'none', key: 'V' },
        { name: 'validate', arg: 'none', key: 'v' },
      ],
    });
    if (!r.ok) {
      await ctx.stderr.write(`sudo: ${r.message}\n${SUDO_USAGE}`);
      return 1;
    }
    const keys = new Set(r.opts.map((o) => o.key));
    if (keys.has('h')) {
      await ctx.stdout.write(SUDO_HELP);
      return 0;
    }
    if (keys.has('V')) {
      await ctx.stdout.write(SUDO_VERSION_PLUGINS);
      return 0;
    }
    const operands = [...r.operands];
    const extra: Record<string, string> = {};
    while (operands.length > 0 && /^[A-Za-z_][A-Za-z0-9_]*=/.test(operands[0])) {
      const a = operands.shift()!;
      extra[a.slice(0, a.indexOf('='))] = a.slice(a.indexOf('=') + 1);
    }
    const login = keys.has('i');
    const shell = keys.has('s');
    if (keys.has('k') || keys.has('K')) {
      if (operands.length === 0 && !login && !shell) return 0;
    }
    if (!keys.has('l') && !keys.has('v') && operands.length === 0 && !login && !shell) {
      await ctx.stderr.write(SUDO_USAGE);
      return 1;
    }
    if (!mayRun(ctx)) {
      await ctx.stderr.write(
        'sudo: a terminal is required to read the password; either use the -S option to read from standard input or configure an askpass helper\nsudo: a password is required\n',
      );
      return 1;
    }
    const me = userByUid(ctx.fs, ctx.fs.cred.uid);
    const inv: Invoker = { name: me?.name ?? String(ctx.fs.cred.uid), uid: ctx.fs.cred.uid, gid: ctx.fs.cred.gid };
    if (keys.has('v')) return 0;
    if (keys.has('l')) {
      const host = ctx.host.hostname();
      await ctx.stdout.write(
        `Matching Defaults entries for ${inv.name} on ${host}:\n    env_reset, mail_badpass, secure_path=${SECURE_PATH.replaceAll(':', '\\:')}, use_pty\n\n` +
          `User ${inv.name} may run the following commands on ${host}:\n    (ALL : ALL) NOPASSWD: ALL\n`,
      );
      return 0;
    }

    // The target user: a name, or #UID.
    const spec = r.opts.filter((o) => o.key === 'u').pop()?.value ?? 'root';
    const target = spec.startsWith('#') && /^#\d+$/.test(spec) ? userByUid(ctx.fs, Number(spec.slice(1))) : userByName(ctx.fs, spec);
    if (!target) {
      const audit = spec.startsWith('#') ? '' : 'sudo: error initializing audit plugin sudoers_audit\n';
      await ctx.stderr.write(`sudo: unknown user ${spec}\n${audit}`);
      return 1;
    }
    let gid = target.gid;
    const gspec = r.opts.filter((o) => o.key === 'g').pop()?.value;
    if (gspec !== undefined) {
      const g = gspec.startsWith('#') && /^#\d+$/.test(gspec) ? groupByGid(ctx.fs, Number(gspec.slice(1))) : groupByName(ctx.fs, gspec);
      if (!g) {
        await ctx.stderr.write(`sudo: unknown group ${gspec}\nsudo: error initializing audit plugin sudoers_audit\n`);
        return 1;
      }
      gid = g.gid;
    }
    const groups = [gid, ...groupList(ctx.fs, target.name, target.gid).filter((g) => g !== gid)];
    const cred: Cred = { uid: target.uid, gid, groups };

    let argv: string[];
    let commandText: string;
    const opts: PrivilegedExecOptions = { user: target.name, cred };
    if (login || shell) {
      const sh = shell && !login ? (ctx.env.SHELL ?? target.shell) : target.shell;
      // sudo runs a login shell as argv[0] "-bash"; exec finds programs by argv[0], so say -l.
      const loginFlag = login ? ['-l'] : [];
      argv = operands.length > 0 ? [sh, ...loginFlag, '-c', shellEscape(operands)] : [sh, ...loginFlag];
      commandText = operands.length > 0 ? `${sh} -c ${shellEscape(operands)}` : sh;
      if (login) opts.cwd = target.home;
    } else {
      const path = findCommand(ctx, cred, operands[0]);
      if (path === undefined) {
        let msg = `sudo: ${operands[0]}: command not found\n`;
        if (operands[0] === 'cd') {
          msg +=
            'sudo: "cd" is a shell built-in command, it cannot be run directly.\nsudo: the -s option may be used to run a privileged shell.\nsudo: the -D option may be used to run a command in a specific directory.\n';
        }
        await ctx.stderr.write(msg);
        return 1;
      }
      const dir = r.opts.filter((o) => o.key === 'D').pop()?.value;
      if (dir !== undefined && ctx.fs.resolve(dir) !== ctx.fs.cwd) {
        // The default sudoers has no CWD setting, which -D needs.
        await ctx.stderr.write(`sudo: you are not permitted to use the -D option with ${path}\n`);
        return 1;
      }
      argv = operands;
      commandText = [path, ...operands.slice(1)].join(' ');
    }
    opts.env = childEnv(ctx, target, inv, commandText, keys.has('E'), extra);
    return ctx.exec(argv, opts);
  },
};
