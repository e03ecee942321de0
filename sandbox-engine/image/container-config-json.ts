/**
 * A container.Config as Go's encoding/json writes it (moby v28.5.2 api/types/container/config.go
 * field order; ExposedPorts, Healthcheck, ArgsEscaped, NetworkDisabled, MacAddress, StopSignal,
 * StopTimeout and Shell are omitempty; nil slices and maps are `null`; map keys sorted). Used for
 * the `config` / `container_config` of a committed image (whose ID is the sha256 of the bytes)
 * and wherever the API shows a Config.
 *
 *   goMarshal(containerConfigValue(c.config))   // {"Hostname":"…","Domainname":"",…}
 */
import type { GoValue } from '../util/gojson.ts';
import type { ContainerConfig, HealthConfig } from './types.ts';

function setMap(m: Record<string, unknown> | null | undefined): Map<string, GoValue> | null {
  if (m === null || m === undefined) return null;
  return new Map(Object.keys(m).map((k) => [k, {}]));
}

function healthValue(h: HealthConfig): GoValue {
  return {
    Test: h.Test && h.Test.length > 0 ? h.Test : undefined,
    Interval: h.Interval || undefined,
    Timeout: h.Timeout || undefined,
    StartPeriod: h.StartPeriod || undefined,
    StartInterval: h.StartInterval || undefined,
    Retries: h.Retries || undefined,
  };
}

export function containerConfigValue(c: ContainerConfig): GoValue {
  return {
    Hostname: c.Hostname,
    Domainname: c.Domainname,
    User: c.User,
    AttachStdin: c.AttachStdin,
    AttachStdout: c.AttachStdout,
    AttachStderr: c.AttachStderr,
    ExposedPorts: c.ExposedPorts && Object.keys(c.ExposedPorts).length > 0 ? setMap(c.ExposedPorts) : undefined,
    Tty: c.Tty,
    OpenStdin: c.OpenStdin,
    StdinOnce: c.StdinOnce,
    Env: c.Env ?? null,
    Cmd: c.Cmd ?? null,
    Healthcheck: c.Healthcheck ? healthValue(c.Healthcheck) : undefined,
    ArgsEscaped: c.ArgsEscaped || undefined,
    Image: c.Image,
    Volumes: setMap(c.Volumes),
    WorkingDir: c.WorkingDir,
    Entrypoint: c.Entrypoint ?? null,
    NetworkDisabled: c.NetworkDisabled || undefined,
    MacAddress: c.MacAddress || undefined,
    OnBuild: c.OnBuild ?? null,
    Labels: c.Labels ? new Map(Object.entries(c.Labels)) : null,
    StopSignal: c.StopSignal || undefined,
    StopTimeout: c.StopTimeout ?? undefined,
    Shell: c.Shell && c.Shell.length > 0 ? c.Shell : undefined,
  };
}
