/**
 * printf: as bash's builtin (gnu flavour with ctx.messagePrefix set), coreutils' /usr/bin/printf
 * (gnu, no prefix) or busybox's applet/ash builtin. Texts recorded from bash 5.2, coreutils 9.1 and
 * busybox 1.35. `printf -v VAR` needs the shell's variables: the shell handles it with
 * `formatPrintf` (lib/printf-format.ts); here it is reported as unsupported.
 */
import type { Applet, ProcessContext } from '../process.ts';
import { formatPrintf, type PrintfDialect } from './lib/printf-format.ts';
import { busyboxUsage, progName } from './lib/parse-options.ts';
import { localeQuote } from './lib/text-io.ts';

const BASH_USAGE = 'printf: usage: printf [-v var] format [arguments]\n';
const COREUTILS_HELP_HINT = (prog: string): string => `Try '${prog} --help' for more information.\n`;

export const applet: Applet = {
  name: 'printf',
  async run(ctx: ProcessContext) {
    const builtin = ctx.messagePrefix !== '';
    const dialect: PrintfDialect = ctx.flavour === 'busybox' ? 'busybox' : builtin ? 'bash' : 'coreutils';
    // Where messages start: bash `bash: line 1: printf: `, coreutils `printf: `, busybox applet
    // `printf: `, busybox ash builtin just the shell's `sh: `.
    const prog = progName(ctx, 'printf');
    const lead = dialect === 'bash' ? `${ctx.messagePrefix}printf: ` : builtin ? ctx.messagePrefix : `${prog}: `;
    let args = ctx.argv.slice(1);

    if (dialect === 'bash') {
      if (args[0] === '--') args = args.slice(1);
      else if (args[0] === '-v') {
        const msg = args.length < 2 ? '-v: option requires an argument' : '-v: assigning to a variable is done by the shell';
        await ctx.stderr.write(`${lead}${msg}\n${BASH_USAGE}`);
        return 2;
      } else if (args[0] !== undefined && args[0].startsWith('-') && args[0] !== '-') {
        await ctx.stderr.write(`${lead}${args[0].slice(0, 2)}: invalid option\n${BASH_USAGE}`);
        return 2;
      }
      if (args.length === 0) {
        await ctx.stderr.write(BASH_USAGE);
        return 2;
      }
    } else if (dialect === 'coreutils') {
      if (args[0] === '--') args = args.slice(1);
      if (args.length === 0) {
        await ctx.stderr.write(`${lead}missing operand\n${COREUTILS_HELP_HINT(prog)}`);
        return 1;
      }
    } else {
      if (args[0] === '--') args = args.slice(1);
      if (args.length === 0) {
        if (builtin) await ctx.stderr.write(`${ctx.messagePrefix}usage: printf FORMAT [ARGUMENT...]\n`);
        else await ctx.stderr.write(busyboxUsage('printf'));
        return builtin ? 2 : 1;
      }
    }

    const warnings: string[] = [];
    const r = formatPrintf(args[0], args.slice(1), dialect, (m) => warnings.push(m), (s) => localeQuote(ctx, s));
    // Diagnostics interleave with output in the real programs only at line granularity on a
    // terminal; writing output first then messages matches what a pipe or file receives.
    await ctx.stdout.write(r.bytes);
    if (warnings.length) await ctx.stderr.write(warnings.map((w) => lead + w + '\n').join(''));
    return r.status;
  },
};
