/**
 * `docker create` / the create half of `docker run` (docker/cli container/create.go): validate the
 * image reference client-side, create, and pull first when the image is not there.
 */
import { isDaemonError } from '../../../errdefs/errors.ts';
import { parseNormalizedNamed, ReferenceError, familiarString, tagNameOnly } from '../../../reference/reference.ts';
import { createContainer } from '../../../daemon/create.ts';
import type { Invocation } from '../../command.ts';
import { reportError, reportRunError, type DockerIO } from '../io.ts';
import { withHelp } from '../../command.ts';
import { OptsError, parseContainerOptions, type ContainerOptions } from './opts.ts';
import { pullForRun } from '../image/pull-for-run.ts';

export type Created = { ok: true; id: string; opts: ContainerOptions } | { ok: false; status: number };

export async function createFromInvocation(inv: Invocation, io: DockerIO, command: 'run' | 'create'): Promise<Created> {
  // createContainer's errors: run.go wraps them (toStatusError: `docker: ...` + help, 125/126/127);
  // create.go:138 returns them as they are, which the CLI prints plainly with status 1.
  const report = (e: unknown) => (command === 'run' ? reportRunError(io, e, command) : reportError(io, e));
  let opts: ContainerOptions;
  try {
    opts = parseContainerOptions(inv, io);
  } catch (e) {
    // run.go and create.go both wrap parse() errors withHelp, status 125.
    if (e instanceof OptsError) {
      await io.stderr(`${withHelp(e.message, command)}\n`);
      return { ok: false, status: 125 };
    }
    throw e;
  }
  const image = opts.config.Image;
  let ref;
  try {
    ref = tagNameOnly(parseNormalizedNamed(image));
  } catch (e) {
    if (e instanceof ReferenceError) return { ok: false, status: await report(e) };
    throw e;
  }
  const attempt = () => createContainer(io.daemon, { name: opts.name, config: opts.config, hostConfig: opts.hostConfig });
  try {
    return { ok: true, id: attempt().id, opts };
  } catch (e) {
    // docker/cli v28.5.2 cli/command/container/create.go:353: any NotFound (a missing image, but
    // also a missing --volumes-from container) makes the CLI pull the image and try once more.
    if (!isDaemonError(e, 'NotFound')) {
      return { ok: false, status: await report(e) };
    }
  }
  await io.stderr(`Unable to find image '${familiarString(ref)}' locally\n`);
  const pulled = await pullForRun(io, ref);
  if (!pulled.ok) return { ok: false, status: await report(pulled.error) };
  try {
    return { ok: true, id: attempt().id, opts };
  } catch (e) {
    return { ok: false, status: await report(e) };
  }
}

export async function create(inv: Invocation, io: DockerIO): Promise<number> {
  const r = await createFromInvocation(inv, io, 'create');
  if (!r.ok) return r.status;
  await io.stdout(`${r.id}\n`);
  return 0;
}
