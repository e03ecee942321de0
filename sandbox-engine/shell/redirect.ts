/**
 * Redirections: `<`, `>`, `>>`, `>|`, `<>`, `>&N`, `<&N`, `>&-`, `&>`, `&>>`, here-documents and
 * here-strings. Files are opened through the process's FileSystem view, so permissions and
 * device files (/dev/null) behave as the Vfs says. The result is a new descriptor table; files
 * opened for it are closed when the command ends.
 */
import type { Redirect } from './ast.ts';
import type { Fd, Fds, Shell } from './shell-state.ts';
import { BufferInput, FileOutput } from './pipe.ts';
import { FsError, type Errno } from '../vfs/errors.ts';
import type { Expander, Expansion } from './expand.ts';
import type { Location, Messages } from './messages/types.ts';
import type { Dialect } from './dialect.ts';
import { ShellSyntaxError } from './syntax-error.ts';

export interface OpenedFds {
  fds: Fds;
  close(): void;
}

export interface RedirectEnv {
  messages: Messages;
  loc(): Location;
  charge(n: number): void;
  /** Expand with command substitution (async) when needed. */
  run<T>(gen: Expansion<T>): T | Promise<T>;
  /** busybox: a redirection word is not field-split. */
  joinFields: boolean;
  dialect: Dialect;
}

/** Failure already worded; the command gets status 1 (2 in dash). `fatal` ends the shell (dash's syntax errors). */
export class RedirectError {
  readonly text: string;
  readonly fatal: boolean;
  constructor(text: string, fatal = false) {
    this.text = text;
    this.fatal = fatal;
  }
}

function defaultFd(op: Redirect['op']): number {
  return op === '<' || op === '<&' || op === '<>' || op === '<<' || op === '<<-' || op === '<<<' ? 0 : 1;
}

/**
 * Apply redirections left to right on a copy of `sh.fds`. Throws RedirectError (with the message)
 * on failure, after closing what it opened.
 */
export async function applyRedirects(redirs: readonly Redirect[], sh: Shell, ex: Expander, env: RedirectEnv): Promise<OpenedFds> {
  const fds: Fds = new Map(sh.fds);
  const opened: FileOutput[] = [];
  const close = () => {
    for (const f of opened) {
      try {
        f.close();
      } catch {
        // closing a file cannot fail in a way the shell reports
      }
    }
  };
  try {
    for (const r of redirs) {
      const fd = r.fd ?? defaultFd(r.op);
      if (r.op === '<<' || r.op === '<<-') {
        const h = r.heredoc;
        let text = '';
        if (h) text = h.quoted ? (h.body[0] as { text: string }).text : await env.run(ex.string(h.body));
        fds.set(fd, { input: new BufferInput(text) });
        continue;
      }
      if (r.op === '<<<') {
        const text = await env.run(ex.string(r.target.parts));
        fds.set(fd, { input: new BufferInput(text + '\n') });
        continue;
      }
      const fields = await env.run(ex.redirTarget(r.target));
      if ((r.op === '>&' || r.op === '<&') && env.dialect === 'dash') {
        // dash duplicates a single digit or closes with `-`; anything else is a syntax error.
        const t = fields.join(' ');
        if (t === '-') fds.delete(fd);
        else if (/^[0-9]$/.test(t)) {
          const src = fds.get(Number(t));
          if (src === undefined) throw new RedirectError(env.messages.badFd(env.loc(), t));
          fds.set(fd, src);
        } else {
          const loc = env.loc();
          throw new RedirectError(env.messages.syntaxError(loc, new ShellSyntaxError({ kind: 'badfd' }, loc.line, '')), true);
        }
        continue;
      }
      if ((r.op === '>&' || r.op === '<&') && fields.length === 1) {
        const t = fields[0];
        if (t === '-') {
          fds.delete(fd);
          continue;
        }
        if (/^[0-9]+$/.test(t)) {
          const src = fds.get(Number(t));
          if (src === undefined) throw new RedirectError(env.messages.badFd(env.loc(), t));
          fds.set(fd, src);
          continue;
        }
        if (r.op === '<&') throw new RedirectError(env.messages.ambiguousRedirect(env.loc(), r.target.raw, t));
        // `>&file` is `&>file` in bash.
      }
      // ash does not split a redirection word; bash calls anything but one field ambiguous.
      if (fields.length !== 1 && !env.joinFields) {
        throw new RedirectError(env.messages.ambiguousRedirect(env.loc(), r.target.raw, fields.join(' ')));
      }
      const path = fields.join(' ');
      const forWrite0 = r.op !== '<';
      if (path === '') throw new RedirectError(env.messages.redirOpen(env.loc(), path, 'ENOENT', forWrite0));
      const fs = sh.fs;
      const forWrite = r.op !== '<';
      try {
        if (r.op === '<') {
          const data = fs.readFile(path);
          fds.set(fd, { input: new BufferInput(data) });
        } else if (r.op === '<>') {
          let data: Uint8Array = new Uint8Array(0);
          if (fs.exists(path)) data = fs.readFile(path);
          else fs.writeFile(path, '');
          fds.set(fd, { input: new BufferInput(data) });
        } else {
          const append = r.op === '>>' || r.op === '&>>';
          if (sh.opts.noclobber && r.op === '>' && fs.exists(path) && fs.stat(path).kind === 'file') {
            throw new RedirectError(env.dialect === 'dash' ? env.messages.redirOpen(env.loc(), path, 'EEXIST', true) : noclobberText(env, path));
          }
          const handle = fs.openWrite(path, { append, truncate: !append });
          // Output budget is about memory and the terminal: /dev/null and friends cost nothing.
          let device = false;
          try {
            device = fs.stat(path).kind === 'chardev';
          } catch {
            device = false;
          }
          const out = new FileOutput(handle, device ? () => {} : env.charge);
          opened.push(out);
          const entry: Fd = { output: out };
          if (r.op === '&>' || r.op === '&>>' || ((r.op === '>&') && r.fd === undefined)) {
            fds.set(1, entry);
            fds.set(2, entry);
          } else fds.set(fd, entry);
        }
      } catch (e) {
        if (e instanceof FsError) throw new RedirectError(env.messages.redirOpen(env.loc(), path, e.code as Errno, forWrite));
        throw e;
      }
    }
  } catch (e) {
    close();
    throw e;
  }
  return { fds, close };
}

function noclobberText(env: RedirectEnv, path: string): string {
  const loc = env.loc();
  const m = env.messages.redirOpen(loc, path, 'EEXIST', true);
  return m.replace('File exists', 'cannot overwrite existing file');
}
