/** The shell's builtins by name, per dialect: bash has the most; ash adds `[[`; dash has fewest. */
import type { Dialect } from '../dialect.ts';
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
import { dashEcho } from './dash-echo.ts';
import { dashPrintf } from './dash-printf.ts';
import { dashTest, dashBracket } from './dash-test.ts';
import { chdir, times, ulimit } from './dash-extra.ts';
import { dashKill } from './dash-kill.ts';

const COMMON: Builtin[] = [
  colon, trueBuiltin, falseBuiltin, echo, printf, pwd, kill, test, bracket, cd, exportBuiltin, readonly, unset,
  exit, set, shift, read, evalBuiltin, dot, source, breakBuiltin, continueBuiltin, returnBuiltin, local, type,
  command, umask, wait, history, alias, unalias, exec, trap, letBuiltin, getopts, hash, jobs, fg, bg,
];
const GNU_ONLY: Builtin[] = [declare, typeset, shopt, logout];

const GNU = new Map<string, Builtin>([...COMMON, ...GNU_ONLY].map((b) => [b.name, b]));
const BUSYBOX = new Map<string, Builtin>([...COMMON, doubleBracket].map((b) => [b.name, b]));
/** dash 0.5.12's list (builtins.def): no source, let, history; echo, printf and test of its own. */
const DASH_NOT = new Set(['source', 'history', 'let']);
const DASH = new Map<string, Builtin>(
  [...COMMON.filter((b) => !DASH_NOT.has(b.name)), dashEcho, dashPrintf, dashTest, dashBracket, dashKill, chdir, times, ulimit, { ...local, special: true }].map((b) => [b.name, b]),
);

function table(dialect: Dialect): Map<string, Builtin> {
  return dialect === 'ash' ? BUSYBOX : dialect === 'dash' ? DASH : GNU;
}

export function builtinFor(name: string, dialect: Dialect): Builtin | undefined {
  return table(dialect).get(name);
}

export function builtinNames(dialect: Dialect): string[] {
  return [...table(dialect).keys()].sort();
}
