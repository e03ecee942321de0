/**
 * echo: bash's builtin (gnu flavour with ctx.messagePrefix set), coreutils' /bin/echo (gnu, no
 * prefix: also --help/--version as the only argument) or busybox's. Options are a leading run of
 * words made only of n, e, E; anything else (`-x`, `--`) is printed. Escapes per dialect in
 * lib/escapes.ts (recorded from bash 5.2, coreutils 9.1, busybox 1.35).
 */
import type { Applet } from '../process.ts';
import { decodeEscapes, ECHO_BASH, ECHO_BUSYBOX, ECHO_COREUTILS } from './lib/escapes.ts';
import { progName } from './lib/parse-options.ts';

const enc = new TextEncoder();

function coreutilsHelp(prog: string): string {
  return `Usage: ${prog} [SHORT-OPTION]... [STRING]...
  or:  ${prog} LONG-OPTION
Echo the STRING(s) to standard output.

  -n             do not output the trailing newline
  -e             enable interpretation of backslash escapes
  -E             disable interpretation of backslash escapes (default)
      --help        display this help and exit
      --version     output version information and exit

If -e is in effect, the following sequences are recognized:

  \\\\      backslash
  \\a      alert (BEL)
  \\b      backspace
  \\c      produce no further output
  \\e      escape
  \\f      form feed
  \\n      new line
  \\r      carriage return
  \\t      horizontal tab
  \\v      vertical tab
  \\0NNN   byte with octal value NNN (1 to 3 digits)
  \\xHH    byte with hexadecimal value HH (1 to 2 digits)

NOTE: your shell may have its own version of echo, which usually supersedes
the version described here.  Please refer to your shell's documentation
for details about the options it supports.

NOTE: printf(1) is a preferred alternative,
which does not have issues outputting option-like strings.

GNU coreutils online help: <https://www.gnu.org/software/coreutils/>
Report any translation bugs to <https://translationproject.org/team/>
Full documentation <https://www.gnu.org/software/coreutils/echo>
or available locally via: info '(coreutils) echo invocation'
`;
}

const COREUTILS_VERSION = `echo (GNU coreutils) 9.1
Copyright (C) 2022 Free Software Foundation, Inc.
License GPLv3+: GNU GPL version 3 or later <https://gnu.org/licenses/gpl.html>.
This is free software: you are free to change and redistribute it.
There is NO WARRANTY, to the extent permitted by law.

Written by Brian Fox and Chet Ramey.
`;

export const applet: Applet = {
  name: 'echo',
  async run(ctx) {
    const args = ctx.argv.slice(1);
    const coreutils = ctx.flavour === 'gnu' && ctx.messagePrefix === '';
    if (coreutils && args.length === 1 && args[0] === '--help') {
      await ctx.stdout.write(coreutilsHelp(progName(ctx, 'echo')));
      return 0;
    }
    if (coreutils && args.length === 1 && args[0] === '--version') {
      await ctx.stdout.write(COREUTILS_VERSION);
      return 0;
    }
    let newline = true;
    let escapes = false;
    let i = 0;
    for (; i < args.length; i++) {
      const a = args[i];
      if (!/^-[neE]+$/.test(a)) break;
      for (const c of a.slice(1)) {
        if (c === 'n') newline = false;
        else escapes = c === 'e';
      }
    }
    const rules = ctx.flavour === 'busybox' ? ECHO_BUSYBOX : coreutils ? ECHO_COREUTILS : ECHO_BASH;
    const out: number[] = [];
    let stopped = false;
    for (let k = i; k < args.length && !stopped; k++) {
      if (k > i) out.push(32);
      if (escapes) stopped = decodeEscapes(args[k], rules, out);
      else for (const b of enc.encode(args[k])) out.push(b);
    }
    if (newline && !stopped) out.push(10);
    await ctx.stdout.write(Uint8Array.from(out));
    return 0;
  },
};
