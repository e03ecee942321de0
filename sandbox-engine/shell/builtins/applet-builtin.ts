/**
 * Builtins that are the applets themselves (echo, printf, pwd, kill): the applet runs in the shell's
 * process with `messagePrefix` set to the shell's location, so `printf` says
 * `bash: line 1: printf: ...` as bash's builtin does, and busybox's say `sh: ...`.
 */
import type { Applet, ProcessContext } from '../process.ts';
import type { Builtin, BuiltinContext } from './types.ts';
import { makeContext, appletFailure } from '../programs.ts';

export function appletBuiltin(name: string, applet: Applet, opts: { pwd?: boolean } = {}): Builtin {
  return {
    name,
    async run(b: BuiltinContext) {
      const { interp, sh } = b;
      const ctx: ProcessContext = makeContext(
        interp,
        {
          argv: b.argv,
          env: { ...sh.vars.environment(), ...(opts.pwd ? { PWD: sh.cwd } : {}) },
          cred: sh.cred,
          cwd: sh.cwd,
          umask: sh.umask,
          stdin: b.stdin,
          stdout: b.stdout,
          stderr: b.stderr,
          ppid: sh.pid,
        },
        sh.pid,
        interp.messages.appletPrefix(interp.loc(sh)),
      );
      try {
        return (await applet.run(ctx)) & 255;
      } catch (e) {
        return appletFailure(e, name, b.stderr);
      }
    },
  };
}
