/**
 * `docker exec [-d] [-i] [-t] [-e K=V] [--env-file F] [-u USER] [-w DIR] CONTAINER COMMAND [ARG...]`
 * (docker/cli v28.5.2 cli/command/container/exec.go): check the container exists, refuse -t with
 * -i when the caller's stdin is not a terminal, create the exec, then either start it detached or
 * stream it and exit with its status.
 *
 * A program runc cannot start is reported the way dockerd does on the attached stream: the error
 * text and "\r\n" on stdout, status 127 (not found) or 126 (not executable). With -it the caller's
 * terminal becomes the program's: `docker exec -it web sh` is an interactive shell in the same
 * session, Ctrl-C stops the command it runs, `exit` comes back.
 */
import type { Invocation } from '../../command.ts';
import { execCreate, execInspect, execStart, type RunningExec } from '../../../daemon/exec.ts';
import { driveUntil } from '../../../daemon/drive.ts';
import { Interrupted } from '../../../shell/limits.ts';
import { ctrlC, NOT_A_TTY } from './terminal.ts';
import { reportError, type DockerIO } from '../io.ts';
import { OptsError, readEnvFile } from './opts.ts';
import { trimID } from './each.ts';
import { DEFAULT_DETACH_KEYS, detachKeyBytes, ESCAPE_MESSAGE, escapeProxy } from './detach-keys.ts';

class Detached extends Error {}

export async function exec(inv: Invocation, io: DockerIO): Promise<number> {
  const d = io.daemon;
  const f = inv.flags;
  const [rawName, ...cmd] = inv.args;
  let name: string;
  const detach = f.bool('detach');
  const tty = f.bool('tty');
  const interactive = f.bool('interactive');
  let env: string[];
  try {
    env = [...f.list('env-file').flatMap((file) => readEnvFile(io, file)), ...f.list('env')];
  } catch (e) {
    if (!(e instanceof OptsError)) throw e;
    await io.stderr(`${e.message}\n`);
    return 1;
  }
  try {
    name = trimID(rawName);
    d.containers.get(name);
  } catch (e) {
    return reportError(io, e);
  }
  if (!detach && tty && interactive && !io.ctx.stdin.isTTY) {
    await io.stderr(`${NOT_A_TTY}\n`);
    return 1;
  }
  let id: string;
  try {
    id = execCreate(d, name, {
      cmd,
      env,
      user: f.string('user'),
      workingDir: f.string('workdir'),
      tty,
      privileged: f.bool('privileged'),
      attachStdin: !detach && interactive,
      attachStdout: !detach,
      attachStderr: !detach,
    });
  } catch (e) {
    return reportError(io, e);
  }
  if (detach) {
    try {
      execStart(d, id);
    } catch (e) {
      return reportError(io, e);
    }
    return 0;
  }
  let detached = false;
  let stdin = interactive ? io.ctx.stdin : undefined;
  if (stdin && tty) {
    let keys: Uint8Array;
    try {
      keys = detachKeyBytes(f.string('detach-keys') || DEFAULT_DETACH_KEYS);
    } catch {
      keys = detachKeyBytes(DEFAULT_DETACH_KEYS);
    }
    const proxy = escapeProxy(stdin, keys, () => {
      detached = true;
      run?.stdin.disconnect(proxy);
    });
    stdin = proxy;
  }
  let run: RunningExec | undefined;
  try {
    run = execStart(d, id, {
      stdin,
      stdout: io.ctx.stdout,
      stderr: tty ? io.ctx.stdout : io.ctx.stderr,
    });
  } catch (e) {
    const code = execInspect(d, id).exitCode;
    if (code === null) return reportError(io, e);
    // Started on the hijacked stream: dockerd writes the error there (router exec.go).
    await io.stdout(`${e instanceof Error ? e.message : String(e)}\r\n`);
    return code;
  }
  const started = run;
  let status: number | null = null;
  void started.exited.then((s) => (status = s));
  try {
    await driveUntil(d, () => status !== null, {
      check: (charge) => {
        if (detached) throw new Detached();
        try {
          io.ctx.tick(charge);
        } catch (e) {
          // With -it the terminal is the program's: Ctrl-C goes to it and this client stays.
          if (!(e instanceof Interrupted) || !(tty && interactive)) throw e;
          ctrlC(cmd, started.stdin.waiting, () => started.proc.interrupt());
        }
      },
      blocked: () => started.stdin.waiting,
      // Virtual time moves only while the exec'd process waits for a timer of its own.
      timers: () => started.proc.timersPending(),
    });
  } catch (e) {
    if (!(e instanceof Detached)) throw e;
    await io.stderr(`${ESCAPE_MESSAGE}\n`);
    return 1;
  }
  return status ?? 0;
}
