/**
 * From `docker run`/`docker create` flags to the API's Config and HostConfig, as docker/cli's
 * container/opts.go parse() does for the flags the simulator models.
 */
import type { Invocation } from '../../command.ts';
import type { ContainerConfig } from '../../../image/types.ts';
import type { HostConfig } from '../../../container/container.ts';
import type { DockerIO } from '../io.ts';

export interface ContainerOptions {
  config: Partial<ContainerConfig> & { Image: string };
  hostConfig: Partial<HostConfig>;
  name?: string;
}

export class OptsError extends Error {}

/** `-e NAME` takes NAME's value from the client's environment, or is dropped (opts.ValidateEnv). */
function envEntry(raw: string, clientEnv: Record<string, string>): string | undefined {
  if (raw.includes('=')) return raw;
  return raw in clientEnv ? `${raw}=${clientEnv[raw]}` : undefined;
}

/** --env-file: KEY=VAL lines; `#` comments and blank lines skipped (opts/file.go parseKeyValueFile). */
export function readEnvFile(io: DockerIO, path: string): string[] {
  let text: string;
  try {
    text = io.ctx.fs.readText(path);
  } catch (e) {
    const code = (e as { code?: string }).code;
    throw new OptsError(`open ${path}: ${code === 'EACCES' ? 'permission denied' : code === 'EISDIR' ? 'is a directory' : 'no such file or directory'}`);
  }
  const out: string[] = [];
  for (const line of text.split('\n')) {
    const t = line.replace(/^[ \t]+/, '');
    if (t === '' || t.startsWith('#')) continue;
    const v = envEntry(t.replace(/\r$/, ''), io.ctx.env);
    if (v !== undefined) out.push(v);
  }
  return out;
}

export function parseContainerOptions(inv: Invocation, io: DockerIO): ContainerOptions {
  const f = inv.flags;
  const [image, ...cmd] = inv.args;
  const env: string[] = [];
  for (const file of f.list('env-file')) env.push(...readEnvFile(io, file));
  for (const e of f.list('env')) {
    const v = envEntry(e, io.ctx.env);
    if (v !== undefined) env.push(v);
  }
  const labels: Record<string, string> = {};
  for (const l of f.list('label')) {
    const i = l.indexOf('=');
    labels[i < 0 ? l : l.slice(0, i)] = i < 0 ? '' : l.slice(i + 1);
  }
  const tty = f.bool('tty');
  const interactive = f.bool('interactive');
  // Only `run -d` clears the attach settings (cli container/run.go); `create -i` keeps StdinOnce,
  // so a later `start -a -i` closes the container's stdin at the end of the client's input.
  const detach = inv.path === 'container run' && f.bool('detach');
  const config: ContainerOptions['config'] = {
    Image: image,
    Hostname: f.string('hostname'),
    User: f.string('user'),
    AttachStdin: interactive && !detach,
    AttachStdout: !detach,
    AttachStderr: !detach,
    Tty: tty,
    OpenStdin: interactive,
    StdinOnce: interactive && !detach,
    Env: env.length > 0 ? env : null,
    Cmd: cmd.length > 0 ? cmd : null,
    WorkingDir: f.string('workdir'),
    Labels: labels,
  };
  if (f.changed('entrypoint')) config.Entrypoint = f.string('entrypoint') === '' ? [''] : [f.string('entrypoint')];
  const hostConfig: Partial<HostConfig> = {
    AutoRemove: f.bool('rm'),
    ReadonlyRootfs: f.bool('read-only'),
    Init: f.changed('init') ? f.bool('init') : null,
  };
  const name = f.string('name');
  return { config, hostConfig, name: name === '' ? undefined : name };
}
