/**
 * POST /containers/{id}/attach (moby v28.5.2 daemon/attach.go): connect a client's streams to a
 * running container: its input to the container's stdin (only when the container was created
 * with -i), the container's output from now on to the client. Returns the way to let go.
 */
import { conflict } from '../errdefs/errors.ts';
import type { Container } from '../container/container.ts';
import type { InputStream, OutputStream } from '../shell/process.ts';
import type { Daemon } from './daemon.ts';
import { errNotRunning } from './kill.ts';

export interface AttachOptions {
  stdin?: InputStream;
  stdout?: OutputStream;
  stderr?: OutputStream;
}

export interface Attachment {
  /** Resolves when the client's input has been read to its end (at once without stdin). */
  stdinEnded: Promise<void>;
  detach(): void;
}

export function attachContainer(d: Daemon, name: string, o: AttachOptions): { container: Container; attachment: Attachment } {
  const c = d.containers.get(name);
  if (c.state.paused) throw conflict(`container ${name} is paused, unpause the container before attach`);
  if (c.state.restarting) throw conflict(`container ${name} is restarting, wait until the container is running`);
  const r = d.running.get(c.id);
  if (!c.state.running || !r) throw errNotRunning(c.id);
  const conn = o.stdin && c.config.OpenStdin ? r.stdin.connect(o.stdin) : undefined;
  if (o.stdout) r.stdout.attach(o.stdout);
  if (o.stderr) r.stderr.attach(o.stderr);
  return {
    container: c,
    attachment: {
      stdinEnded: conn ? conn.ended : Promise.resolve(),
      detach: () => {
        conn?.detach();
        if (o.stdout) r.stdout.detach(o.stdout);
        if (o.stderr) r.stderr.detach(o.stderr);
      },
    },
  };
}
