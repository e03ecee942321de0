/**
 * The config bytes BuildKit's moby exporter writes (moby v28.5.2 builder/builder-next/exporter/
 * mobyexporter/writer.go): dockerfile2llb's dockerspec.DockerOCIImage, then patchImageConfig
 * round-trips it through a Go map (top-level keys sorted), sets rootfs and history, and sets
 * `created` to the last history time. normalizeLayersAndHistory fills history times first: a
 * layer entry gets its layer's creation time, an empty one the time of the first new layer
 * before it (or the previous entry's).
 */
import type { HistoryEntry } from '../image/types.ts';
import type { HealthConfig } from './dockerfile/index.ts';
import { goMarshal, type GoValue } from '../util/gojson.ts';
import { canonicalTime } from '../daemon/commit.ts';

/** dockerspec.DockerOCIImageConfig, in its field order. */
export interface BuildConfig {
  User: string;
  ExposedPorts: string[];
  Env: string[];
  Entrypoint: string[] | null;
  Cmd: string[] | null;
  Volumes: string[];
  WorkingDir: string;
  Labels: Map<string, string>;
  StopSignal: string;
  ArgsEscaped: boolean;
  Healthcheck: HealthConfig | null;
  OnBuild: string[];
  Shell: string[];
}

/** An entry being built: `created` is unset for metadata steps until normalization. */
export interface BuildHistory {
  created?: string;
  created_by: string;
  comment?: string;
  author?: string;
  empty_layer: boolean;
}

export function fromImageHistory(h: readonly HistoryEntry[]): BuildHistory[] {
  return h.map((e) => ({ created: e.created, created_by: e.created_by ?? '', comment: e.comment, author: e.author, empty_layer: e.empty_layer ?? false }));
}

/** normalizeLayersAndHistory's two passes over the created times. */
export function fillCreated(history: BuildHistory[]): void {
  let created: string | undefined;
  let missing = false;
  for (const h of history) {
    if (h.created !== undefined) {
      created = h.created;
      if (missing) break;
    } else missing = true;
  }
  missing = false;
  for (const h of history) {
    if (h.created !== undefined) {
      if (missing) created = h.created;
    } else {
      missing = true;
      h.created = created;
    }
  }
}

function setMap(keys: readonly string[]): Map<string, GoValue> | undefined {
  if (keys.length === 0) return undefined;
  return new Map([...keys].sort().map((k) => [k, {}]));
}

export function configBytes(o: { architecture: string; os: string; config: BuildConfig; history: BuildHistory[]; diffIDs: readonly string[] }): string {
  const c = o.config;
  const config = {
    User: c.User || undefined,
    ExposedPorts: setMap(c.ExposedPorts),
    Env: c.Env.length ? c.Env : undefined,
    Entrypoint: c.Entrypoint?.length ? c.Entrypoint : undefined,
    Cmd: c.Cmd?.length ? c.Cmd : undefined,
    Volumes: setMap(c.Volumes),
    WorkingDir: c.WorkingDir || undefined,
    Labels: c.Labels.size ? new Map([...c.Labels].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : undefined,
    StopSignal: c.StopSignal || undefined,
    ArgsEscaped: c.ArgsEscaped || undefined,
    // dockerspec.HealthcheckConfig: durations as integer nanoseconds, all omitempty.
    Healthcheck: c.Healthcheck
      ? {
          Test: c.Healthcheck.test.length ? c.Healthcheck.test : undefined,
          Interval: c.Healthcheck.interval ? Number(c.Healthcheck.interval) : undefined,
          Timeout: c.Healthcheck.timeout ? Number(c.Healthcheck.timeout) : undefined,
          StartPeriod: c.Healthcheck.startPeriod ? Number(c.Healthcheck.startPeriod) : undefined,
          StartInterval: c.Healthcheck.startInterval ? Number(c.Healthcheck.startInterval) : undefined,
          Retries: c.Healthcheck.retries || undefined,
        }
      : undefined,
    OnBuild: c.OnBuild.length ? c.OnBuild : undefined,
    Shell: c.Shell.length ? c.Shell : undefined,
  };
  const history: GoValue = o.history.map((h) => ({
    created: h.created !== undefined ? canonicalTime(h.created) : undefined,
    created_by: h.created_by || undefined,
    author: h.author || undefined,
    comment: h.comment || undefined,
    empty_layer: h.empty_layer || undefined,
  }));
  let created: string | undefined;
  for (const h of o.history) if (h.created !== undefined) created = canonicalTime(h.created);
  return goMarshal(
    new Map<string, GoValue>([
      ['architecture', o.architecture],
      ['config', config],
      ['created', created ?? null],
      ['history', history],
      ['os', o.os],
      ['rootfs', { type: 'layers', diff_ids: [...o.diffIDs] }],
    ]),
  );
}
