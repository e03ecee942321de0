/**
 * Image config bytes in the byte style each producer writes (the image ID is the sha256 of these
 * bytes, so style matters):
 *
 * - BuildKit (alpine, nginx): the exporter's patchImageConfig round-trips the config through a Go
 *   map, so top-level keys are sorted; `config` keeps the dockerspec.DockerOCIImageConfig field
 *   order (User, ExposedPorts, Env, Entrypoint, Cmd, Volumes, WorkingDir, Labels, StopSignal,
 *   ArgsEscaped, then Healthcheck, OnBuild, Shell), all omitempty; history entries are ocispec
 *   History (created, created_by, author, comment, empty_layer). Compact JSON.
 * - Legacy builder (ubuntu): moby image.Image.MarshalJSON, top-level keys sorted too, `config` and
 *   `container_config` the full container.Config struct. Compact JSON.
 * - busybox: docker-library writes the config with jq, tab indentation and a final newline
 *   (docker-library/busybox latest-1/glibc/amd64/image-config.json).
 */
import { goMarshal, type GoValue } from '../util/gojson.ts';
import type { CatalogHistory } from './types.ts';

export interface OciConfigFields {
  User?: string;
  ExposedPorts?: string[];
  Env?: string[];
  Entrypoint?: string[];
  Cmd?: string[];
  Volumes?: string[];
  WorkingDir?: string;
  Labels?: Record<string, string>;
  StopSignal?: string;
  ArgsEscaped?: boolean;
}

function emptySetMap(keys: string[] | undefined): Map<string, GoValue> | undefined {
  if (!keys?.length) return undefined;
  return new Map(keys.map((k) => [k, {}]));
}

function stringMap(r: Record<string, string> | undefined): Map<string, GoValue> | undefined {
  if (!r || !Object.keys(r).length) return undefined;
  return new Map(Object.entries(r));
}

function historyValue(h: readonly CatalogHistory[]): GoValue {
  return h.map((e) => ({ created: e.created, created_by: e.created_by, comment: e.comment, empty_layer: e.empty_layer || undefined }));
}

function rootfs(diffIDs: readonly string[]): GoValue {
  return { type: 'layers', diff_ids: [...diffIDs] };
}

export function buildkitConfig(o: {
  architecture: string;
  os: string;
  created: string;
  config: OciConfigFields;
  history: readonly CatalogHistory[];
  diffIDs: readonly string[];
}): string {
  const c = o.config;
  const config = {
    User: c.User || undefined,
    ExposedPorts: emptySetMap(c.ExposedPorts),
    Env: c.Env?.length ? c.Env : undefined,
    Entrypoint: c.Entrypoint?.length ? c.Entrypoint : undefined,
    Cmd: c.Cmd?.length ? c.Cmd : undefined,
    Volumes: emptySetMap(c.Volumes),
    WorkingDir: c.WorkingDir || undefined,
    Labels: stringMap(c.Labels),
    StopSignal: c.StopSignal || undefined,
    ArgsEscaped: c.ArgsEscaped || undefined,
  };
  // A Map marshals with sorted keys, as Go marshals map[string]json.RawMessage.
  return goMarshal(
    new Map<string, GoValue>([
      ['architecture', o.architecture],
      ['config', config],
      ['created', o.created],
      ['history', historyValue(o.history)],
      ['os', o.os],
      ['rootfs', rootfs(o.diffIDs)],
    ]),
  );
}

/** moby api/types/container.Config as the legacy builder stores it (every non-omitempty field). */
export interface LegacyContainerConfig {
  Hostname: string;
  Cmd: string[] | null;
  Image: string;
  Env: string[] | null;
  Labels: Record<string, string> | null;
  Entrypoint?: string[] | null;
  WorkingDir?: string;
}

function legacyContainerConfig(c: LegacyContainerConfig): GoValue {
  return {
    Hostname: c.Hostname,
    Domainname: '',
    User: '',
    AttachStdin: false,
    AttachStdout: false,
    AttachStderr: false,
    Tty: false,
    OpenStdin: false,
    StdinOnce: false,
    Env: c.Env,
    Cmd: c.Cmd,
    Image: c.Image,
    Volumes: null,
    WorkingDir: c.WorkingDir ?? '',
    Entrypoint: c.Entrypoint ?? null,
    OnBuild: null,
    Labels: c.Labels ? new Map(Object.entries(c.Labels)) : null,
  };
}

export function legacyConfig(o: {
  architecture: string;
  os: string;
  created: string;
  dockerVersion: string;
  container: string;
  containerConfig: LegacyContainerConfig;
  config: LegacyContainerConfig;
  history: readonly CatalogHistory[];
  diffIDs: readonly string[];
}): string {
  return goMarshal(
    new Map<string, GoValue>([
      ['architecture', o.architecture],
      ['config', legacyContainerConfig(o.config)],
      ['container', o.container],
      ['container_config', legacyContainerConfig(o.containerConfig)],
      ['created', o.created],
      ['docker_version', o.dockerVersion],
      ['history', historyValue(o.history)],
      ['os', o.os],
      ['rootfs', rootfs(o.diffIDs)],
    ]),
  );
}

/** docker-library/busybox's jq-written config: its own key order, tabs, trailing newline. */
export function jqConfig(o: { architecture: string; os: string; created: string; cmd: string[]; env: string[]; history: readonly CatalogHistory[]; diffIDs: readonly string[] }): string {
  return (
    goMarshal(
      {
        config: { Cmd: o.cmd, Env: o.env },
        created: o.created,
        history: historyValue(o.history),
        rootfs: rootfs(o.diffIDs),
        architecture: o.architecture,
        os: o.os,
      },
      '\t',
    ) + '\n'
  );
}
