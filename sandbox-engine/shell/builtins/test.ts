/**
 * test and [ as builtins: the test applet's evaluator, called synchronously (no promise unless
 * there is a message to print), so `while [ $i -lt 10000 ]` stays fast.
 */
import { evalTest, type TestEnv } from '../applets/test.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import type { Shell } from '../shell-state.ts';
import type { ShellInterp } from '../shell-api.ts';
import type { FileSystem } from '../../vfs/types.ts';

/** The test environment of a shell, made once per shell (tests run in tight loops). */
class ShellTestEnv implements TestEnv {
  private readonly sh: Shell;
  private readonly interp: ShellInterp;
  constructor(sh: Shell, interp: ShellInterp) {
    this.sh = sh;
    this.interp = interp;
  }
  get fs(): FileSystem {
    return this.sh.fs;
  }
  isTTY(fd: number): boolean {
    const e = this.sh.fds.get(fd);
    return e?.output?.isTTY ?? e?.input?.isTTY ?? false;
  }
  varSet(name: string): boolean {
    return this.interp.param(this.sh, name) !== undefined;
  }
  optSet(name: string): boolean {
    return (this.sh.opts as unknown as Record<string, boolean>)[name] === true;
  }
}

const envs = new WeakMap<Shell, ShellTestEnv>();

function run(b: BuiltinContext): number | Promise<number> {
  if (b.argv[0] === '[[') {
    // busybox ash: `[[ ... ]]` is test with a `]]` at the end (no special parsing).
    const args = b.argv.slice(1);
    if (args[args.length - 1] !== ']]') return b.interp.writeErr(b.sh, 'sh: missing ]]\n').then(() => 2);
    const inner = Object.create(b) as BuiltinContext;
    Object.defineProperty(inner, 'argv', { value: ['test', ...args.slice(0, -1)] });
    return run(inner);
  }
  const bracket = b.argv[0] === '[';
  const sh = b.sh;
  let env = envs.get(sh);
  if (env === undefined) {
    env = new ShellTestEnv(sh, b.interp);
    envs.set(sh, env);
  }
  const bb = b.dialect === 'ash';
  const r = evalTest(b.argv.slice(1), bracket, env, bb ? 'busybox' : 'bash');
  if (r.error === undefined) return r.status;
  const text = bb ? `${b.interp.messages.appletPrefix(b.interp.loc(sh))}${r.error}\n` : `${b.prefix}${r.error}\n`;
  return b.interp.writeErr(sh, text).then(() => r.status);
}

export const test: Builtin = { name: 'test', run };
export const bracket: Builtin = { name: '[', run };
export const doubleBracket: Builtin = { name: '[[', run };
