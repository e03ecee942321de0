/**
 * `docker info` and `docker version`. Layouts and template behaviour were recorded from docker CLI
 * 28.2.2 talking to the reference daemon (same code in v28.5.2 cli/command/system/{info,version}.go);
 * the values are Engine 28.5.2's on the simulated Debian 12 host (daemon/info.ts says where each
 * comes from). Recorded lines that carry 20.10 values are noted where they differ.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { engineSession, type EngineSession } from './engine-session.ts';

let s: EngineSession;

beforeAll(async () => {
  s = await engineSession();
  await s.run('docker create --name i1 busybox');
  await s.run('docker run -d --name i2 busybox sleep 1000');
  await s.run('docker run --name i3 busybox true');
});

describe('docker version', () => {
  it('prints client and server through the version template and a 20/1/1 tabwriter', async () => {
    const r = await s.run('docker version');
    expect(r).toEqual({
      stdout: [
        'Client: Docker Engine - Community',
        ' Version:           28.5.2',
        ' API version:       1.51',
        ' Go version:        go1.25.3',
        ' Git commit:        ecc6942',
        ' Built:             Wed Nov  5 14:43:33 2025',
        ' OS/Arch:           linux/amd64',
        ' Context:           default',
        '',
        'Server: Docker Engine - Community',
        ' Engine:',
        '  Version:          28.5.2',
        '  API version:      1.51 (minimum version 1.24)',
        '  Go version:       go1.25.3',
        '  Git commit:       89c5e8f',
        '  Built:            Wed Nov  5 14:43:33 2025',
        '  OS/Arch:          linux/amd64',
        '  Experimental:     false',
        ' containerd:',
        '  Version:          v1.7.28',
        '  GitCommit:        b98a3aace656320842a23f4a392a33f46af97866',
        ' runc:',
        '  Version:          1.3.0',
        '  GitCommit:        v1.3.0-0-g4ca628d1',
        ' docker-init:',
        '  Version:          0.19.0',
        '  GitCommit:        de40ad0',
        '',
      ].join('\n'),
      stderr: '',
      status: 0,
    });
  });

  it('answers the scenario fields', async () => {
    expect((await s.run("docker version --format '{{.Client.Version}} {{.Server.Version}}'")).stdout).toBe('28.5.2 28.5.2\n');
    expect((await s.run("docker version --format '{{.Client.APIVersion}} {{.Server.APIVersion}}'")).stdout).toBe('1.51 1.51\n');
    expect((await s.run("docker version --format '{{.Client.Os}}/{{.Client.Arch}} {{.Server.Os}}/{{.Server.Arch}}'")).stdout).toBe('linux/amd64 linux/amd64\n');
  });

  it('json: the client struct with its tags, the server with the Engine BuildTime reformatted (as recorded)', async () => {
    const r = await s.run('docker version --format json');
    const v = JSON.parse(r.stdout) as { Client: Record<string, unknown>; Server: { Components: Array<{ Details: Record<string, string> }>; BuildTime: string } };
    expect(Object.keys(v.Client)).toEqual(['Platform', 'Version', 'ApiVersion', 'DefaultAPIVersion', 'GitCommit', 'GoVersion', 'Os', 'Arch', 'BuildTime', 'Context']);
    expect(v.Server.Components[0].Details.BuildTime).toBe('Wed Nov  5 14:43:33 2025');
    expect(v.Server.BuildTime).toBe('2025-11-05T14:43:33.000000000+00:00');
    expect(Object.keys(v.Server)).toEqual(['Platform', 'Components', 'Version', 'ApiVersion', 'MinAPIVersion', 'GitCommit', 'GoVersion', 'Os', 'Arch', 'KernelVersion', 'BuildTime']);
  });

  it('template errors as recorded', async () => {
    expect(await s.run("docker version --format '{{.Client.Bogus}}'")).toEqual({
      stdout: '\n',
      stderr: 'template: version:1:9: executing "version" at <.Client.Bogus>: can\'t evaluate field Bogus in type system.clientVersion\n',
      status: 1,
    });
    expect(await s.run("docker version --format '{{.Bogus}}'")).toEqual({
      stdout: '\n',
      stderr: 'template: version:1:2: executing "version" at <.Bogus>: can\'t evaluate field Bogus in type system.versionInfo\n',
      status: 1,
    });
    expect(await s.run("docker version --format '{{.Name'")).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: version:1: unclosed action\n',
      status: 64,
    });
  });
});

describe('docker info', () => {
  it('prints the client and server sections', async () => {
    const id = (await s.run("docker info --format '{{.ID}}'")).stdout.trim();
    const r = await s.run('docker info');
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(
      [
        'Client: Docker Engine - Community',
        ' Version:    28.5.2',
        ' Context:    default',
        ' Debug Mode: false',
        '',
        'Server:',
        ' Containers: 3',
        '  Running: 1',
        '  Paused: 0',
        '  Stopped: 2',
        ' Images: 1',
        ' Server Version: 28.5.2',
        ' Storage Driver: overlay2',
        '  Backing Filesystem: extfs',
        '  Supports d_type: true',
        '  Using metacopy: false',
        '  Native Overlay Diff: true',
        '  userxattr: false',
        ' Logging Driver: json-file',
        ' Cgroup Driver: systemd',
        ' Cgroup Version: 2',
        ' Plugins:',
        '  Volume: local',
        '  Network: bridge host ipvlan macvlan null overlay',
        '  Log: awslogs fluentd gcplogs gelf journald json-file local splunk syslog',
        ' CDI spec directories:',
        '  /etc/cdi',
        '  /var/run/cdi',
        ' Swarm: inactive',
        ' Runtimes: io.containerd.runc.v2 runc',
        ' Default Runtime: runc',
        ' Init Binary: docker-init',
        ' containerd version: b98a3aace656320842a23f4a392a33f46af97866',
        ' runc version: v1.3.0-0-g4ca628d1',
        ' init version: de40ad0',
        ' Security Options:',
        '  apparmor',
        '  seccomp',
        '   Profile: builtin',
        '  cgroupns',
        ' Kernel Version: 6.1.0-41-amd64',
        ' Operating System: Debian GNU/Linux 12 (bookworm)',
        ' OSType: linux',
        ' Architecture: x86_64',
        ' CPUs: 2',
        ' Total Memory: 3.839GiB',
        ' Name: docker-host',
        ` ID: ${id}`,
        ' Docker Root Dir: /var/lib/docker',
        ' Debug Mode: false',
        ' Experimental: false',
        ' Insecure Registries:',
        '  ::1/128',
        '  127.0.0.0/8',
        ' Live Restore Enabled: false',
        ' Product License: Community Engine',
        '',
        '',
      ].join('\n'),
    );
    // The engine ID is the UUID in /var/lib/docker/engine-id.
    expect((await s.run('sudo cat /var/lib/docker/engine-id')).stdout).toBe(id);
  });

  it('answers the scenario fields (103-info, DriverStatus as Engine 28 reports it)', async () => {
    const f = async (t: string) => (await s.run(`docker info --format '${t}'`)).stdout;
    expect(await f('{{.Driver}}')).toBe('overlay2\n');
    expect(await f('{{.DockerRootDir}}')).toBe('/var/lib/docker\n');
    expect(await f('{{.Containers}} {{.ContainersRunning}} {{.ContainersPaused}} {{.ContainersStopped}} {{.Images}}')).toBe('3 1 0 2 1\n');
    expect(await f('{{.OSType}} {{.LoggingDriver}}')).toBe('linux json-file\n');
    // overlay2 Driver.Status (moby v28.5.2 daemon/graphdriver/overlay2/overlay.go:269); 20.10 lacks "Using metacopy".
    expect(await f('{{json .DriverStatus}}')).toBe(
      '[["Backing Filesystem","extfs"],["Supports d_type","true"],["Using metacopy","false"],["Native Overlay Diff","true"],["userxattr","false"]]\n',
    );
    expect((await s.run("docker system info --format '{{.Driver}}'")).stdout).toBe('overlay2\n');
  });

  it('prints typed structs as the CLI does (recorded: {{.Swarm}}, {{.Plugins}}, {{.Info.NCPU}})', async () => {
    const r = await s.run("docker info --format '{{.Swarm}}|{{.Plugins}}|{{.Info.NCPU}}|{{.ClientInfo.Context}}'");
    expect(r.stdout).toBe(
      '{  inactive false  [] 0 0 <nil> []}|{[local] [bridge host ipvlan macvlan null overlay] [] [awslogs fluentd gcplogs gelf journald json-file local splunk syslog]}|2|default\n',
    );
  });

  it('json: system.Info fields first, then ClientInfo (recorded key order, Engine 28 fields)', async () => {
    const r = await s.run('docker info --format json');
    const v = JSON.parse(r.stdout) as Record<string, unknown>;
    const keys = Object.keys(v);
    expect(keys.slice(0, 8)).toEqual(['ID', 'Containers', 'ContainersRunning', 'ContainersPaused', 'ContainersStopped', 'Images', 'Driver', 'DriverStatus']);
    expect(keys.at(-1)).toBe('ClientInfo');
    expect(keys).not.toContain('KernelMemory');
    expect(Object.keys(v.RegistryConfig as object)).toEqual(['IndexConfigs', 'InsecureRegistryCIDRs', 'Mirrors']);
    expect((v.ClientInfo as Record<string, unknown>).Plugins).toEqual([]);
  });

  it('template errors as recorded', async () => {
    expect(await s.run("docker info --format '{{.Bogus}}'")).toEqual({
      stdout: '\n',
      stderr: 'template: :1:2: executing "" at <.Bogus>: can\'t evaluate field Bogus in type system.dockerInfo\n',
      status: 1,
    });
    expect(await s.run("docker info --format '{{.Name'")).toEqual({
      stdout: '',
      stderr: 'template parsing error: template: :1: unclosed action\n',
      status: 64,
    });
  });

  it('counts images by ID, not by tag', async () => {
    const t = await engineSession({ images: ['busybox:latest', 'alpine:3.20', 'alpine:latest'] });
    expect((await t.run("docker info --format '{{.Images}} {{.Containers}}'")).stdout).toBe('2 0\n');
  });
});
