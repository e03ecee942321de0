/**
 * test and [ as builtins: the test applet's evaluator, called synchronously (no promise unless
 * there is a message to print), so `while [ $i -lt 10000 ]` stays fast.
 */
import { evalTest } from '../applets/test.ts';
import type { Builtin, BuiltinContext } from './types.ts';

function run(b: BuiltinContext): number | Promise<number> {
  const bracket = b.argv[0] === '[';
  const sh = b.sh;
  const r = evalTest(b.argv.slice(1), bracket, {
    get fs() {
      return sh.fs;
    },
    isTTY: (fd) => sh.fds.get(fd)?.output?.isTTY ?? sh.fds.get(fd)?.input?.isTTY ?? false,
    varSet: (name) => b.interp.param(sh, name) !== undefined,
    optSet: (name) => (sh.opts as unknown as Record<string, boolean>)[name] === true,
  }, b.flavour === 'busybox' ? 'busybox' : 'bash');
  if (r.error === undefined) return r.status;
  const text = b.flavour === 'busybox' ? `${b.interp.messages.appletPrefix(b.interp.loc(sh))}${r.error}\n` : `${b.prefix}${r.error}\n`;
  return b.interp.writeErr(sh, text).then(() => r.status);
}

export const test: Builtin = { name: 'test', run };
export const bracket: Builtin = { name: '[', run };
