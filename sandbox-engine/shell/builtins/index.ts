/** The shell's builtins by name; a few exist only in bash. */
import type { Flavour } from '../process.ts';
import type { Builtin } from './types.ts';
import { colon } from './colon.ts';
import { trueBuiltin } from './true.ts';
import { falseBuiltin } from './false.ts';
import { echo } from './echo.ts';
import { printf } from './printf.ts';
import { pwd } from './pwd.ts';
import { kill } from './kill.ts';
import { test, bracket, doubleBracket } from './test.ts';
import { cd } from './cd.ts';
import { exportBuiltin, readonly } from './export.ts';
import { unset } from './unset.ts';
import { exit, logout } from './exit.ts';
import { set } from './set.ts';
import { shift } from './shift.ts';
import { read } from './read.ts';
import { evalBuiltin } from './eval.ts';
import { dot, source } from './source.ts';
import { breakBuiltin, continueBuiltin } from './break.ts';
import { returnBuiltin } from './return.ts';
import { local } from './local.ts';
import { type } from './type.ts';
import { command } from './command.ts';
import { umask } from './umask.ts';
import { wait } from './wait.ts';
import { history } from './history.ts';
import { alias, unalias } from './alias.ts';
import { exec } from './exec.ts';
import { trap } from './trap.ts';
import { letBuiltin } from './let.ts';
import { getopts } from './getopts.ts';
import { hash } from './hash.ts';
import { jobs, fg, bg } from './jobs.ts';
import { declare, typeset } from './declare.ts';
import { shopt } from './shopt.ts';

const COMMON: Builtin[] = [
  colon, trueBuiltin, falseBuiltin, echo, printf, pwd, kill, test, bracket, cd, exportBuiltin, readonly, unset,
  exit, set, shift, read, evalBuiltin, dot, source, breakBuiltin, continueBuiltin, returnBuiltin, local, type,
  command, umask, wait, history, alias, unalias, exec, trap, letBuiltin, getopts, hash, jobs, fg, bg,
];
const GNU_ONLY: Builtin[] = [declare, typeset, shopt, logout];

const GNU = new Map<string, Builtin>([...COMMON, ...GNU_ONLY].map((b) => [b.name, b]));
const BUSYBOX = new Map<string, Builtin>([...COMMON, doubleBracket].map((b) => [b.name, b]));

export function builtinFor(name: string, flavour: Flavour): Builtin | undefined {
  return (flavour === 'busybox' ? BUSYBOX : GNU).get(name);
}

export function builtinNames(flavour: Flavour): string[] {
  return [...(flavour === 'busybox' ? BUSYBOX : GNU).keys()].sort();
}
