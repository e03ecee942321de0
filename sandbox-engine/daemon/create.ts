/**
 * POST /containers/create (moby daemon/create.go): look the image up, merge its config into the
 * container's (daemon/commit.go `merge`), reserve the name, create the writable layer with its init
 * layer, write containers/<id>/, and register the container in state `created`.
 */
import { conflict, invalidParameter } from '../errdefs/errors.ts';
import type { Container, HostConfig } from '../container/container.ts';
import { newState } from '../container/state.ts';
import { emptyContainerConfig, type ContainerConfig } from '../image/types.ts';
import { setupInitLayer } from '../layer/init-layer.ts';
import type { Daemon } from './daemon.ts';
import { getImage } from './image-lookup.ts';
import { isValidName, randomName, RESTRICTED_NAME_CHARS } from './names.ts';
import { containerConfigJSON, hostConfigJSON } from './persist.ts';
import { normalize } from '../vfs/path.ts';
import { createImageVolumes, registerMountPoints, validateMounts } from '../volume/register.ts';
import { cleanupStopped } from './delete.ts';
import { parseNetworkMode } from '../network/mode.ts';

export interface CreateParams {
  name?: string;
  config: Partial<ContainerConfig> & { Image: string };
  hostConfig?: Partial<HostConfig>;
}

export function defaultHostConfig(): HostConfig {
  return {
    Binds: null,
    AutoRemove: false,
    ReadonlyRootfs: false,
    Init: null,
    VolumesFrom: null,
    RestartPolicy: { Name: 'no', MaximumRetryCount: 0 },
    NetworkMode: 'bridge',
  };
}

/** daemon/commit.go merge(): the image's config fills what the user left unset. */
export function mergeConfig(user: ContainerConfig, image: Partial<ContainerConfig> | undefined): void {
  if (!image) return;
  if (user.User === '') user.User = image.User ?? '';
  if (!user.ExposedPorts || Object.keys(user.ExposedPorts).length === 0) user.ExposedPorts = image.ExposedPorts;
  else if (image.ExposedPorts) for (const p of Object.keys(image.ExposedPorts)) user.ExposedPorts[p] ??= {};
  if (!user.Env || user.Env.length === 0) user.Env = image.Env ? [...image.Env] : user.Env;
  else if (image.Env) {
    const keys = new Set(user.Env.map((e) => e.split('=')[0]));
    for (const e of image.Env) if (!keys.has(e.split('=')[0])) user.Env.push(e);
  }
  user.Labels ??= {};
  for (const [k, v] of Object.entries(image.Labels ?? {})) if (!(k in user.Labels)) user.Labels[k] = v;
  if (!user.Entrypoint || user.Entrypoint.length === 0) {
    if (!user.Cmd || user.Cmd.length === 0) user.Cmd = image.Cmd ?? null;
    if (user.Entrypoint === null || user.Entrypoint === undefined) user.Entrypoint = image.Entrypoint ?? null;
  }
  if (image.Healthcheck && !user.Healthcheck) user.Healthcheck = image.Healthcheck;
  if (user.WorkingDir === '') user.WorkingDir = image.WorkingDir ?? '';
  if (!user.Volumes || Object.keys(user.Volumes).length === 0) user.Volumes = image.Volumes ?? null;
  else if (image.Volumes) Object.assign(user.Volumes, image.Volumes);
  if (!user.StopSignal) user.StopSignal = image.StopSignal;
}

function reserveName(d: Daemon, id: string, wanted: string | undefined): string {
  if (wanted === undefined || wanted === '') {
    for (let i = 0; i < 6; i++) {
      const n = `/${randomName(d.host.random, i)}`;
      if (!d.containers.byName(n)) return n;
    }
    return `/${id.slice(0, 12)}`;
  }
  if (!isValidName(wanted)) throw invalidParameter(`Invalid container name (${wanted}), only ${RESTRICTED_NAME_CHARS} are allowed`);
  const name = wanted.startsWith('/') ? wanted : `/${wanted}`;
  const holder = d.containers.byName(name);
  if (holder) {
    throw conflict(
      `Conflict. The container name "${name}" is already in use by container "${holder.id}". You have to remove (or rename) that container to be able to reuse that name.`,
    );
  }
  return name;
}

/**
 * moby v28.5.2 daemon/container.go validateContainerConfig (called by verifyContainerSettings
 * before the image is looked up): the working directory must be absolute and is cleaned; no
 * environment entry may lack a name.
 */
function validateContainerConfig(config: ContainerConfig): void {
  if (config.WorkingDir) {
    if (!config.WorkingDir.startsWith('/')) {
      throw invalidParameter(`the working directory '${config.WorkingDir}' is invalid, it needs to be an absolute path`);
    }
    config.WorkingDir = normalize(config.WorkingDir);
  }
  for (const e of config.Env ?? []) {
    if (e.split('=')[0] === '') throw invalidParameter(`invalid environment variable: ${e}`);
  }
}

/**
 * runconfig/hostconfig.go validateNetContainerMode (run when the API decodes the request, before
 * anything else): `container:` needs a name, and such a container takes the other's hostname.
 */
function validateNetMode(config: ContainerConfig, hostConfig: HostConfig): void {
  const mode = hostConfig.NetworkMode;
  if (mode !== 'container' && parseNetworkMode(mode).kind !== 'container') return;
  if (parseNetworkMode(mode).container === '') throw invalidParameter('invalid network mode: invalid container format container:<name|id>');
  if (config.Hostname !== '') throw invalidParameter('conflicting options: hostname and the network mode');
}

/**
 * The network mode as the daemon stores it: "" and "default" are the default bridge
 * (api/server/router/container/container_routes.go:510), and `container:<name>` names the other
 * container by ID when it exists (daemon_unix.go:391 adaptSharedNamespaceContainer).
 */
function normalizeNetworkMode(d: Daemon, hostConfig: HostConfig): void {
  const mode = hostConfig.NetworkMode;
  if (mode === '' || mode === 'default') hostConfig.NetworkMode = 'bridge';
  const m = parseNetworkMode(hostConfig.NetworkMode);
  if (m.kind !== 'container') return;
  try {
    hostConfig.NetworkMode = `container:${d.containers.get(m.container).id}`;
  } catch {
    // A missing container is the start's error (getNetworkedContainer), not the create's.
  }
}

export function createContainer(d: Daemon, p: CreateParams): { id: string; warnings: string[] } {
  const config: ContainerConfig = { ...emptyContainerConfig(), ...p.config };
  const hostConfig: HostConfig = { ...defaultHostConfig(), ...p.hostConfig };
  validateNetMode(config, hostConfig);
  validateContainerConfig(config);
  // validateHostConfig, also before the image lookup.
  normalizeNetworkMode(d, hostConfig);
  if (hostConfig.AutoRemove && hostConfig.RestartPolicy.Name !== 'no' && hostConfig.RestartPolicy.Name !== '') {
    throw invalidParameter("can't create 'AutoRemove' container with restart policy");
  }
  validateMounts(d, hostConfig);
  const img = getImage(d, p.config.Image);
  mergeConfig(config, img.config.config);
  // daemon/create.go:348 mergeAndVerifyConfig: `--entrypoint ''` ([""]) resets the entrypoint
  // (merge() took neither the image's Entrypoint nor its Cmd, as the list was not empty).
  if (config.Entrypoint?.length === 1 && config.Entrypoint[0] === '') config.Entrypoint = null;
  const entry = [...(config.Entrypoint ?? []), ...(config.Cmd ?? [])];
  if (entry.length === 0) throw invalidParameter('no command specified');
  const id = d.generateID();
  const name = reserveName(d, id, p.name);
  // daemon/container.go:143 newContainer: the host's name with host networking, else the short ID.
  if (config.Hostname === '') config.Hostname = parseNetworkMode(hostConfig.NetworkMode).kind === 'host' ? d.host.services.hostname() : id.slice(0, 12);
  const rw = d.layers.createRWLayer(id, img.layer, setupInitLayer);
  const c: Container = {
    id,
    name,
    created: d.now(),
    path: entry[0],
    args: entry.slice(1),
    config,
    hostConfig,
    image: img.id,
    state: newState(),
    restartCount: 0,
    rwLayer: rw,
    log: [],
    pidns: 0,
    execIDs: [],
  };
  d.containers.add(c);
  d.layout.addRWLayer(id, rw);
  if (img.layer && img.layer.committed) d.layout.markCommitted(img.layer.cacheID);
  d.layout.addContainer(id, containerConfigJSON(d, c), hostConfigJSON(c));
  try {
    // setHostConfig, then createContainerOSSpecificSettings (volume/register.ts).
    registerMountPoints(d, c);
    setupWorkingDirectory(c);
    createImageVolumes(d, c);
  } catch (e) {
    // A failed create removes the container again, with the anonymous volumes made for it.
    cleanupStopped(d, c, true);
    throw e;
  }
  d.layout.updateContainerConfig(id, containerConfigJSON(d, c));
  return { id, warnings: [] };
}

/** moby create_unix.go SetupWorkingDirectory: -w / WORKDIR is created at create time, as root. */
function setupWorkingDirectory(c: Container): void {
  const wd = c.config.WorkingDir;
  if (!wd) return;
  const root = c.rwLayer.mount();
  const parts = wd.split('/').filter((x) => x !== '');
  let path = '';
  for (const part of parts) {
    path += `/${part}`;
    const st = root.lstat(path);
    if (!st) root.create(path, 'dir', { mode: 0o755, uid: 0, gid: 0 });
  }
}
