/**
 * `docker inspect` / `container inspect` / `image inspect` against documents recorded from docker
 * CLI 28.2.2 on the reference engine (testdata/*.rec.json; containers made with the commands in
 * SETUP on an image imported from a busybox tree with busybox's config). The container documents
 * come from a 20.10 daemon with the default bridge (data root /tmp/netdocker, `--iptables=false`,
 * its bridge device given with --bridge), so a running container has an address on 172.17.0.0/16.
 * The recording daemon is 20.10; `to28` rewrites its documents into what Engine 28.5.2 / API 1.51
 * returns, each change citing the moby v28.5.2 source. IDs, times, PIDs and MAC addresses (random
 * in Engine 28) are normalized on both sides.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { engineSession, normalizeIDs, type EngineSession } from './engine-session.ts';

type Obj = Record<string, unknown>;

function recorded(name: string): Obj[] {
  const text = readFileSync(resolve(import.meta.dirname, `testdata/${name}.rec.json`), 'utf8')
    .replaceAll('/tmp/insprec/root', '/var/lib/docker')
    .replaceAll('/tmp/insprec/exec', '/var/run/docker')
    .replaceAll('/tmp/netdocker/root', '/var/lib/docker')
    .replaceAll('/tmp/netdocker/exec', '/var/run/docker');
  return JSON.parse(text) as Obj[];
}

/** Rebuild an object with its keys in `order` (missing ones left out, values kept). */
function reorder(o: Obj, order: readonly string[]): Obj {
  const out: Obj = {};
  for (const k of order) if (k in o) out[k] = o[k];
  return out;
}

const MASKED_28 = [
  '/proc/asound',
  '/proc/acpi',
  '/proc/interrupts',
  '/proc/kcore',
  '/proc/keys',
  '/proc/latency_stats',
  '/proc/timer_list',
  '/proc/timer_stats',
  '/proc/sched_debug',
  '/proc/scsi',
  '/sys/firmware',
  '/sys/devices/virtual/powercap',
];

/** A 20.10 container document as Engine 28.5.2 returns it. */
function to28(doc: Obj): Obj {
  const state = doc.State as Obj;
  const started = state.StartedAt !== '0001-01-01T00:00:00Z';
  // daemon/container_linux.go:24 saveAppArmorConfig: the simulated host has AppArmor, the recording host has not.
  if (started) doc.AppArmorProfile = 'docker-default';
  const hc = doc.HostConfig as Obj;
  // api/server/router/container/container_routes.go:512: "default" becomes the default network's name.
  hc.NetworkMode = 'bridge';
  // daemon/daemon_unix.go:359: a cgroup v2 host gives containers a private cgroup namespace.
  hc.CgroupnsMode = 'private';
  // api/types/container/hostconfig.go: KernelMemory/KernelMemoryTCP are omitempty (and zeroed for API >= 1.42).
  delete hc.KernelMemory;
  delete hc.KernelMemoryTCP;
  // oci/defaults.go:196 defaultLinuxMaskedPaths.
  hc.MaskedPaths = MASKED_28;
  // hostconfig.go: ConsoleSize follows VolumesFrom.
  const keys = Object.keys(hc).filter((k) => k !== 'ConsoleSize');
  keys.splice(keys.indexOf('VolumesFrom') + 1, 0, 'ConsoleSize');
  doc.HostConfig = reorder(hc, keys);
  // api/types/container/network_settings.go field order; the sandbox goes when the container stops
  // (daemon/container_operations.go:957).
  const ns = doc.NetworkSettings as Obj;
  if (!state.Running) {
    ns.SandboxID = '';
    ns.SandboxKey = '';
  }
  const endpointOrder = ['IPAMConfig', 'Links', 'Aliases', 'MacAddress', 'DriverOpts', 'GwPriority', 'NetworkID', 'EndpointID', 'Gateway', 'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen', 'DNSNames'];
  const networks = ns.Networks as Record<string, Obj>;
  for (const [name, ep] of Object.entries(networks)) {
    // api/types/network/endpoint.go: GwPriority and DNSNames are new in 28.
    networks[name] = reorder({ ...ep, GwPriority: 0, DNSNames: null }, endpointOrder);
  }
  doc.NetworkSettings = reorder(ns, [
    'Bridge', 'SandboxID', 'SandboxKey', 'Ports', 'HairpinMode', 'LinkLocalIPv6Address', 'LinkLocalIPv6PrefixLen',
    'SecondaryIPAddresses', 'SecondaryIPv6Addresses', 'EndpointID', 'Gateway', 'GlobalIPv6Address', 'GlobalIPv6PrefixLen',
    'IPAddress', 'IPPrefixLen', 'IPv6Gateway', 'MacAddress', 'Networks',
  ]);
  return doc;
}

function normalize(text: string): string {
  return normalizeIDs(text)
    .replace(/"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"/g, (m) => (m.startsWith('"0001-') ? m : '"<time>"'))
    .replace(/"Pid": [1-9]\d*/g, '"Pid": <pid>')
    // libnetwork/drivers/bridge/bridge_linux.go:1189 GenerateRandomMAC: Engine 28's MACs are random
    // (20.10 derived them from the address, 02:42:ac:11:00:02).
    .replace(/"MacAddress": "[0-9a-f]{2}(:[0-9a-f]{2}){5}"/g, '"MacAddress": "<mac>"');
}

const SETUP = [
  'docker create --name ic-created busybox',
  "docker run --name ic-exit -l app=web -l tier=x -e FOO=bar -w /tmp busybox sh -c 'echo hi > /f; exit 3'",
  'docker run -d --name ic-run busybox sleep 1000',
];

let s: EngineSession;

beforeAll(async () => {
  s = await engineSession();
  for (const line of SETUP) await s.run(line);
});

describe('container inspect documents (recorded, patched to Engine 28)', () => {
  for (const [name, file] of [
    ['ic-created', 'inspect-created'],
    ['ic-exit', 'inspect-exit'],
    ['ic-run', 'inspect-run'],
  ] as const) {
    it(`docker inspect ${name}`, async () => {
      const r = await s.run(`docker inspect ${name}`);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(0);
      const expected = JSON.stringify(recorded(file).map(to28), null, 4) + '\n';
      expect(normalize(r.stdout)).toBe(normalize(expected));
    });
  }

  it('docker container inspect -s adds SizeRw and SizeRootFs after GraphDriver', async () => {
    const r = await s.run('docker container inspect -s ic-exit');
    const expected = recorded('inspect-exit-size').map(to28);
    const size = Number((await s.run('docker image inspect -f "{{.Size}}" busybox')).stdout);
    // images/image_unix.go GetContainerLayerSize: the image chain plus the container layer.
    (expected[0] as Obj).SizeRootFs = size + 3;
    expect(normalize(r.stdout)).toBe(normalize(JSON.stringify(expected, null, 4) + '\n'));
  });
});

describe('image inspect document (recorded, patched to API 1.51)', () => {
  it('docker image inspect busybox', async () => {
    const [rec] = recorded('image-inspect');
    // image_routes.go:397: Container and ContainerConfig go for API >= 1.45, VirtualSize for >= 1.44.
    delete rec.Container;
    delete rec.ContainerConfig;
    delete rec.VirtualSize;
    // inspect_response.go: Config is re-encoded as a map after the other fields, with the legacy
    // keys preset and the OCI config's omitempty fields (Env, Cmd here) on top.
    const cfg = rec.Config as Obj;
    delete rec.Config;
    rec.Config = {
      Cmd: cfg.Cmd,
      Entrypoint: null,
      Env: cfg.Env,
      Labels: null,
      OnBuild: null,
      User: '',
      Volumes: null,
      WorkingDir: '',
    };
    const ours = JSON.parse((await s.run('docker image inspect busybox')).stdout) as Obj[];
    // Values of the image itself (ours is the catalog's busybox, the recording's was imported).
    for (const doc of [rec, ours[0]]) {
      for (const k of ['Comment', 'Created', 'DockerVersion']) doc[k] = `<${k}>`;
      doc.Size = 0;
      doc.RepoDigests = [];
      (doc.Metadata as Obj).LastTagTime = '<time>';
    }
    expect(normalize(JSON.stringify(ours, null, 4))).toBe(normalize(JSON.stringify([rec], null, 4)));
  });

  it('HTML-escapes the image body (API 1.50+ inspectCompatResponse.MarshalJSON uses json.Marshal), not the container body', async () => {
    // The 20.10 recording engine prints "Comment": "<msg>"; moby v28.5.2
    // api/server/router/image/inspect_response.go:62 re-marshals with json.Marshal, which escapes.
    const t = await engineSession();
    await t.run(`docker run --name lbl -l 'x=<a&b>' busybox true`);
    await t.run(`docker commit -m '<msg>' lbl withmsg`);
    const r = await t.run('docker image inspect withmsg');
    expect(r.stdout).toContain('        "Comment": "\\u003cmsg\\u003e",\n');
    // httputils.WriteJSON turns HTML escaping off: recorded `"m": "<a&b>"` in docker inspect.
    const c = await t.run('docker inspect lbl');
    expect(c.stdout).toContain('                "x": "<a&b>"\n');
  });

  it('shows LastTagTime once the image is tagged', async () => {
    const t = await engineSession();
    expect((await t.run('docker image inspect -f "{{.Metadata.LastTagTime}}" busybox')).stdout).toBe('0001-01-01 00:00:00 +0000 UTC\n');
    await t.run('sleep 5');
    await t.run('docker tag busybox mybox');
    const raw = (await t.run('docker image inspect -f "{{json .Metadata}}" mybox')).stdout;
    expect(raw).toMatch(/^\{"LastTagTime":"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z"\}\n$/);
    expect(raw).not.toContain('0001-01-01');
    expect((await t.run('docker image inspect -f "{{json .RepoTags}}" mybox')).stdout).toBe('["busybox:latest","mybox:latest"]\n');
  });
});

describe('inspect --format (recorded with docker CLI 28.2.2)', () => {
  const cases: Array<[string, string, string, number]> = [
    // [command, stdout, stderr, status]
    ['docker inspect -f "{{.Config.Labels}} {{.State.Health}} {{.HostConfig.ConsoleSize}} {{.Args}} {{.ExecIDs}} {{.Mounts}}" ic-exit', 'map[app:web tier:x] <nil> [0 0] [-c echo hi > /f; exit 3] [] []\n', '', 0],
    ['docker inspect -f "{{.SizeRw}}" ic-exit', '<nil>\n', '', 0],
    ['docker inspect -s -f "{{.SizeRw}}" ic-exit', '3\n', '', 0],
    ['docker inspect -f "{{json .HostConfig.LogConfig}}" ic-created', '{"Type":"json-file","Config":{}}\n', '', 0],
    ['docker inspect -f "{{.Name}}" zz ic-created yy', '/ic-created\n', 'Error: No such object: zz\nError: No such object: yy\n', 1],
    ['docker inspect -f "{{.State.Bogus}}" ic-created', '\n', 'template parsing error: template: :1:8: executing "" at <.State.Bogus>: map has no entry for key "Bogus"\n', 1],
    ['docker inspect -f "{{.Name" ic-created', '', 'template parsing error: template: :1: unclosed action\n', 64],
    ['docker inspect nosuch', '[]\n', 'Error: No such object: nosuch\n', 1],
    ['docker container inspect nosuch', '[]\n', 'Error response from daemon: No such container: nosuch\n', 1],
    ['docker container inspect ""', '[]\n', 'invalid container name or ID: value is empty\n', 1],
    ['docker inspect ""', '[]\n', 'invalid container name or ID: value is empty\n', 1],
    ['docker image inspect ""', '[]\n', 'Error: No such image: \n', 1],
    ['docker inspect --type network zz', '[]\n', 'Error response from daemon: network zz not found\n', 1],
    ['docker inspect --type volume zz', '[]\n', 'Error response from daemon: get zz: no such volume\n', 1],
    ['docker inspect --type plugin zz', '[]\n', 'Error response from daemon: plugin "zz" not found\n', 1],
    [
      'docker inspect --type node zz',
      '[]\n',
      'Error response from daemon: This node is not a swarm manager. Use "docker swarm init" or "docker swarm join" to connect this node to swarm and try again.\n',
      1,
    ],
    ['docker inspect --type bogus ic-created', '', 'unknown type: "bogus": must be one of "config", "container", "image", "network", "node", "plugin", "secret", "service", "task", "volume"\n', 1],
    ['docker image inspect -f "{{.Config.Env}}|{{.ContainerConfig}}" busybox', '[PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin]|<nil>\n', '', 0],
  ];
  for (const [cmd, stdout, stderr, status] of cases) {
    it(cmd, async () => {
      expect(await s.run(cmd)).toEqual({ stdout, stderr, status });
    });
  }

  it('json of a typed struct follows its JSON tags and omitempty (recorded: {{json .Config}})', async () => {
    const r = await s.run('docker inspect -f "{{json .Config}}" ic-run');
    const id = (await s.run('docker inspect -f "{{.ID}}" ic-run')).stdout.slice(0, 12);
    expect(r.stdout).toBe(
      `{"Hostname":"${id}","Domainname":"","User":"","AttachStdin":false,"AttachStdout":false,"AttachStderr":false,"Tty":false,"OpenStdin":false,"StdinOnce":false,"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sleep","1000"],"Image":"busybox","Volumes":null,"WorkingDir":"","Entrypoint":null,"OnBuild":null,"Labels":{}}\n`,
    );
    expect((await s.run('docker image inspect -f "{{json .Config}}" busybox')).stdout).toBe(
      '{"Env":["PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin"],"Cmd":["sh"]}\n',
    );
  });

  it('uses Go field names on the typed struct and JSON names through the raw fallback', async () => {
    const id = (await s.run('docker inspect -f "{{.ID}}" ic-run')).stdout;
    expect(id).toMatch(/^[0-9a-f]{64}\n$/);
    expect((await s.run('docker inspect -f "{{.Id}}" ic-run')).stdout).toBe(id);
    // Recorded: each works alone; together neither run can resolve both.
    expect((await s.run('docker inspect -f "{{.HostConfig.CPUShares}}" ic-run')).stdout).toBe('0\n');
    expect((await s.run('docker inspect -f "{{.HostConfig.CpuShares}}" ic-run')).stdout).toBe('0\n');
    expect(await s.run('docker inspect -f "{{.HostConfig.CPUShares}} {{.HostConfig.CpuShares}}" ic-run')).toEqual({
      stdout: '\n',
      stderr: 'template parsing error: template: :1:13: executing "" at <.HostConfig.CPUShares>: map has no entry for key "CPUShares"\n',
      status: 1,
    });
  });

  it('json prints the array compactly', async () => {
    const r = await s.run('docker inspect -f json ic-created nosuch');
    expect(r.stdout).toMatch(/^\[\{"Id":"[0-9a-f]{64}","Created":/);
    expect(r.stdout.endsWith('}]\n')).toBe(true);
    expect(r.stderr).toBe('Error: No such object: nosuch\n');
    expect(r.status).toBe(1);
  });

  it('looks containers up before images, and warns that --size is for containers', async () => {
    await s.run('docker tag busybox ic-run');
    expect((await s.run('docker inspect -f "{{.Name}}" ic-run')).stdout).toBe('/ic-run\n');
    expect((await s.run('docker inspect --type image -f "{{.RepoTags}}" ic-run')).stdout).toBe('[busybox:latest ic-run:latest]\n');
    const r = await s.run('docker inspect -s -f "{{.Os}}" busybox');
    expect(r).toEqual({ stdout: 'linux\n', stderr: 'WARNING: --size ignored for image\n', status: 0 });
  });

  it('GraphDriver paths name the container layer, its -init layer and the image layers under /var/lib/docker', async () => {
    const upper = (await s.run('docker inspect -f "{{.GraphDriver.Data.UpperDir}}" ic-exit')).stdout.trim();
    expect(upper).toMatch(/^\/var\/lib\/docker\/overlay2\/[0-9a-f]{64}\/diff$/);
    const ls = await s.run(`sudo ls ${upper}`);
    expect(ls.stdout).toBe('f\n');
    const lower = (await s.run('docker inspect -f "{{.GraphDriver.Data.LowerDir}}" ic-exit')).stdout.trim().split(':');
    expect(lower[0]).toBe(upper.replace(/\/diff$/, '-init/diff'));
    const image = (await s.run('docker image inspect -f "{{.GraphDriver.Data.UpperDir}}" busybox')).stdout.trim();
    expect(lower.slice(1)).toEqual([image]);
  });
});
