/**
 * su: run a shell (or -c COMMAND) as another user, root by default. Only root can switch: the
 * course's accounts have no usable password (root's is locked, student's is `!`), so for anyone
 * else util-linux su asks for one and fails, and busybox su (not setuid in the images) refuses.
 * `sudo su` and `sudo su - student` are the ways in. Recorded from util-linux 2.38 and busybox 1.35:
 *   su (as student)  -> stderr "Password: " then "su: Authentication failure", 1
 *   su nosuch (root) -> "su: user nosuch does not exist or the user entry does not contain all the required fields", 1
 *   su -x            -> "su: invalid option -- 'x'" + "Try 'su --help' for more information.", 1
 *   busybox su (as student) -> "su: must be suid to work properly", 1
 *   busybox su nosuch -> "su: unknown user nosuch", 1
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Cred } from '../../vfs/types.ts';
import { parseOptions } from './lib/parse-options.ts';
import { busyboxHelp, sysUsageError } from './lib/sys-usage.ts';
import { groupList, userByName } from './lib/userdb.ts';
import type { PrivilegedExecOptions } from './sudo.ts';

export const applet: Applet = {
  name: 'su',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const help = await busyboxHelp(ctx, 'su');
    if (help !== null) return help;
    const r = parseOptions(ctx, {
      name: 'su',
      short: gnu ? '+c:g:G:lmps:hPwV' : '+lmpc:s:',
      long: gnu
        ? [
            { name: 'command', arg: 'required', key: 'c' },
            { name: 'login', arg: 'none', key: 'l' },
            { name: 'preserve-environment', arg: 'none', key: 'm' },
            { name: 'shell', arg: 'required', key: 's' },
            { name: 'group', arg: 'required', key: 'g' },
            { name: 'supp-group', arg: 'required', key: 'G' },
            { name: 'pty', arg: 'none', key: 'P' },
            { name: 'whitelist-environment', arg: 'required', key: 'w' },
            { name: 'help', arg: 'none', key: 'h' },
            { name: 'version', arg: 'none', key: 'V' },
          ]
        : [],
    });
    if (!r.ok) return sysUsageError(ctx, 'su', r.message);
    const operands = [...r.operands];
    let login = r.opts.some((o) => o.key === 'l');
    if (operands[0] === '-') {
      login = true;
      operands.shift();
    }
    const command = r.opts.filter((o) => o.key === 'c').pop()?.value;
    const preserve = r.opts.some((o) => o.key === 'm' || o.key === 'p');
    const name = operands.shift() ?? 'root';

    if (ctx.fs.cred.uid !== 0) {
      if (!gnu) {
        await ctx.stderr.write('su: must be suid to work properly\n');
        return 1;
      }
      await ctx.stderr.write('Password: ');
      // Consume the attempt, whatever it is: no password of these accounts can match.
      await readLine(ctx);
      await ctx.stderr.write('su: Authentication failure\n');
      return 1;
    }
    const target = userByName(ctx.fs, name);
    if (!target) {
      await ctx.stderr.write(gnu ? `su: user ${name} does not exist or the user entry does not contain all the required fields\n` : `su: unknown user ${name}\n`);
      return 1;
    }
    const shell = r.opts.filter((o) => o.key === 's').pop()?.value ?? target.shell;
    const env: Record<string, string> = {};
    if (login) {
      // A fresh environment: only TERM survives; PATH from login.defs (ENV_SUPATH / ENV_PATH).
      // Recorded `sudo su - student -c env`: MAIL, USER, HOME, LOGNAME, TERM, PATH, SHELL.
      env.MAIL = `/var/mail/${target.name}`;
      env.USER = target.name;
      env.HOME = target.home;
      env.LOGNAME = target.name;
      if (ctx.env.TERM !== undefined) env.TERM = ctx.env.TERM;
      env.PATH = target.uid === 0 ? '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin' : '/usr/local/bin:/usr/bin:/bin:/usr/local/games:/usr/games';
      env.SHELL = shell;
    } else {
      Object.assign(env, ctx.env);
      if (!preserve) {
        env.HOME = target.home;
        env.SHELL = shell;
        if (target.uid !== 0) {
          env.USER = target.name;
          env.LOGNAME = target.name;
        }
      }
    }
    const cred: Cred = { uid: target.uid, gid: target.gid, groups: groupList(ctx.fs, target.name, target.gid) };
    const opts: PrivilegedExecOptions = { env, user: target.name, cred };
    if (login) opts.cwd = target.home;
    const argv = [shell, ...(login ? ['-l'] : []), ...(command !== undefined ? ['-c', command] : []), ...operands];
    return ctx.exec(argv, opts);
  },
};

async function readLine(ctx: ProcessContext): Promise<void> {
  for (;;) {
    const chunk = await ctx.stdin.read();
    if (chunk === null || chunk.includes(10)) return;
  }
}
