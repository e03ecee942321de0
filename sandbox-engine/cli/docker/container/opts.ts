/**
 * From `docker run`/`docker create` flags to the API's Config and HostConfig, as docker/cli's
 * container/opts.go parse() does for the flags the simulator models.
 */
import type { Invocation } from '../../command.ts';
import { ExposeError, exposedPorts } from './expose.ts';
import type { ContainerConfig } from '../../../image/types.ts';
import type { HostConfig } from '../../../container/container.ts';
import type { DockerIO } from '../io.ts';
import { containerMountOptions, VolumeSpecError, type ContainerMountOptions } from '../volume/container-mounts.ts';
import { isFsError } from '../../../vfs/errors.ts';
import { goPathError } from '../../../archive/copy.ts';
import { networkMode, NetworkOptError } from './network-opt.ts';

export interface ContainerOptions {
  config: Partial<ContainerConfig> & { Image: string };
  hostConfig: Partial<HostConfig>;
  name?: string;
}

export class OptsError extends Error {}

/**
 * `-e NAME` takes NAME's value from the client's environment; when the client has none, the bare
 * NAME is kept (docker/cli v28.5.2 opts/env.go ValidateEnv) and the daemon stores it as given.
 */
function envEntry(raw: string, clientEnv: Record<string, string>): string {
  if (raw.includes('=')) return raw;
  return raw in clientEnv ? `${raw}=${clientEnv[raw]}` : raw;
}

/**
 * --env-file, as docker/cli v28.5.2 pkg/kvfile/kvfile.go Parse reads it: leading white space
 * trimmed, `#` comments and blank lines skipped, a bare KEY taken from the client's environment
 * or left out. A file that cannot be opened is reported as Go's *PathError; one that cannot be
 * read or parsed as "invalid env file (PATH): ...".
 */
export function readEnvFile(io: DockerIO, path: string): string[] {
  let text: string;
  try {
    io.ctx.fs.stat(path);
    text = io.ctx.fs.readText(path);
  } catch (e) {
    if (!isFsError(e)) throw e;
    // os.Open succeeds on a directory; the scanner's read then fails.
    if (e.code === 'EISDIR') throw new OptsError(`invalid env file (${path}): ${goPathError('read', path, e)}`);
    throw new OptsError(goPathError('open', path, e));
  }
  const out: string[] = [];
  const lines = text.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  for (let i = 0; i < lines.length; i++) {
    // bufio.ScanLines drops one trailing \r; unicode.IsSpace trims the start; line 1 loses a BOM.
    let line = lines[i].replace(/\r$/, '');
    if (i === 0) line = line.replace(/^\uFEFF/, '');
    line = line.replace(/^[\s\u0085]+/, '');
    if (line === '' || line.startsWith('#')) continue;
    const eq = line.indexOf('=');
    const key = eq < 0 ? line : line.slice(0, eq);
    const bad = (why: string) => new OptsError(`invalid env file (${path}): ${why}`);
    if (key === '') throw bad(`no variable name on line '${line}'`);
    if (/[ \t]/.test(key)) throw bad(`variable '${key}' contains whitespaces`);
    if (eq >= 0) out.push(line);
    else if (key in io.ctx.env) out.push(`${key}=${io.ctx.env[key]}`);
  }
  return out;
}

export function parseContainerOptions(inv: Invocation, io: DockerIO): ContainerOptions {
  const f = inv.flags;
  const [image, ...cmd] = inv.args;
  // -v, --mount, --tmpfs, --volumes-from, --volume-driver (read before the env files, as parse() does).
  let storage: ContainerMountOptions;
  try {
    storage = containerMountOptions(inv, io.ctx.fs.cwd);
  } catch (e) {
    if (e instanceof VolumeSpecError) throw new OptsError(e.message);
    throw e;
  }
  const env: string[] = [];
  for (const file of f.list('env-file')) env.push(...readEnvFile(io, file));
  for (const e of f.list('env')) env.push(envEntry(e, io.ctx.env));
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
    Volumes: storage.volumes,
  };
  if (f.changed('entrypoint')) config.Entrypoint = f.string('entrypoint') === '' ? [''] : [f.string('entrypoint')];
  try {
    const exposed = exposedPorts(f.list('expose'));
    if (exposed) config.ExposedPorts = exposed;
  } catch (e) {
    if (e instanceof ExposeError) throw new OptsError(e.message);
    throw e;
  }
  let netMode: string;
  try {
    netMode = networkMode([...f.list('network'), ...f.list('net')], [...f.list('network-alias'), ...f.list('net-alias')]);
  } catch (e) {
    if (e instanceof NetworkOptError) throw new OptsError(e.message);
    throw e;
  }
  const hostConfig: Partial<HostConfig> = {
    NetworkMode: netMode,
    AutoRemove: f.bool('rm'),
    ReadonlyRootfs: f.bool('read-only'),
    Init: f.changed('init') ? f.bool('init') : null,
    ...storage.hostConfig,
  };
  const name = f.string('name');
  return { config, hostConfig, name: name === '' ? undefined : name };
}
