/**
 * `docker info [-f FORMAT]` (docker/cli v28.5.2 cli/command/system/info.go): the client section
 * (no CLI plugins are installed on the simulated host), then the daemon's system.Info laid out
 * by prettyPrintServerInfo, line for line, ending with an empty line. With --format the template
 * runs on the CLI's dockerInfo (system.Info embedded, ClientInfo, ...); `json` is `{{json .}}`.
 */
import type { Invocation } from '../../command.ts';
import { bytesSize } from '../../formatter/units.ts';
import { Template, TemplateExecError, TemplateParseError } from '../../template/template.ts';
import { goStruct, typedValue, type GoStruct } from '../../../api/gostruct.ts';
import { PLATFORM_NAME, systemInfo } from '../../../daemon/info.ts';
import { INSPECT_FUNCS } from '../inspect-output.ts';
import type { DockerIO } from '../io.ts';
import { CLIENT_VERSION, clientVersionFields } from './client-version.ts';

/** The CLI's dockerInfo: system.Info embedded, then the client's side. */
function dockerInfo(info: GoStruct, apiVersion: string): GoStruct {
  const clientInfo = goStruct('*system.clientInfo', [
    ['Debug', false],
    ...clientVersionFields(apiVersion),
    ['Plugins', []],
    ['Warnings', null],
  ]);
  return goStruct('system.dockerInfo', [
    ...info.fields.map((f) => [f.go, f.value, { json: f.json, omitempty: f.omitEmpty }] as const),
    ['Info', info, { json: '-' }],
    ['ServerErrors', null, { omitempty: true }],
    ['UserName', '', { json: '-' }],
    ['ClientInfo', clientInfo, { omitempty: true }],
    ['ClientErrors', null, { omitempty: true }],
  ]);
}

type Info = Record<string, unknown>;

/** prettyPrintServerInfo for this engine's Info. */
function prettyServer(i: Info): string {
  const lines: string[] = [];
  const ln = (...parts: unknown[]) => lines.push(parts.map(String).join(' '));
  const nonEmpty = (label: string, v: unknown) => {
    if (v !== '') ln(label, v);
  };
  ln(' Containers:', i.Containers);
  ln('  Running:', i.ContainersRunning);
  ln('  Paused:', i.ContainersPaused);
  ln('  Stopped:', i.ContainersStopped);
  ln(' Images:', i.Images);
  nonEmpty(' Server Version:', i.ServerVersion);
  nonEmpty(' Storage Driver:', i.Driver);
  for (const [k, v] of i.DriverStatus as string[][]) lines.push(`  ${k}: ${v}`);
  nonEmpty(' Logging Driver:', i.LoggingDriver);
  nonEmpty(' Cgroup Driver:', i.CgroupDriver);
  nonEmpty(' Cgroup Version:', i.CgroupVersion);
  const plugins = i.Plugins as Record<string, string[]>;
  ln(' Plugins:');
  ln('  Volume:', plugins.Volume.join(' '));
  ln('  Network:', plugins.Network.join(' '));
  ln('  Log:', plugins.Log.join(' '));
  const cdi = i.CDISpecDirs as string[];
  if (cdi.length > 0) {
    ln(' CDI spec directories:');
    for (const dir of cdi) lines.push(`  ${dir}`);
  }
  ln(' Swarm:', (i.Swarm as Info).LocalNodeState);
  ln(' Runtimes:', [...(i.Runtimes as Map<string, unknown>).keys()].join(' '));
  ln(' Default Runtime:', i.DefaultRuntime);
  ln(' Init Binary:', i.InitBinary);
  ln(' containerd version:', (i.ContainerdCommit as Info).ID);
  ln(' runc version:', (i.RuncCommit as Info).ID);
  ln(' init version:', (i.InitCommit as Info).ID);
  const secopts = i.SecurityOptions as string[];
  if (secopts.length > 0) {
    ln(' Security Options:');
    for (const so of secopts) {
      // system.DecodeSecurityOptions: "name=seccomp,profile=builtin" → seccomp + Profile.
      const kv = new Map(so.split(',').map((p) => [p.slice(0, p.indexOf('=')), p.slice(p.indexOf('=') + 1)]));
      lines.push(`  ${kv.get('name')}`);
      if (kv.has('profile')) lines.push(`   Profile: ${kv.get('profile')}`);
    }
  }
  nonEmpty(' Kernel Version:', i.KernelVersion);
  nonEmpty(' Operating System:', i.OperatingSystem);
  nonEmpty(' OSType:', i.OSType);
  nonEmpty(' Architecture:', i.Architecture);
  ln(' CPUs:', i.NCPU);
  ln(' Total Memory:', bytesSize(i.MemTotal as number));
  nonEmpty(' Name:', i.Name);
  nonEmpty(' ID:', i.ID);
  ln(' Docker Root Dir:', i.DockerRootDir);
  ln(' Debug Mode:', i.Debug);
  ln(' Experimental:', i.ExperimentalBuild);
  const reg = i.RegistryConfig as Info;
  const cidrs = reg.InsecureRegistryCIDRs as string[];
  const insecureIndexes = [...(reg.IndexConfigs as Map<string, Info>).values()].filter((x) => !x.Secure);
  if (cidrs.length > 0 || insecureIndexes.length > 0) {
    ln(' Insecure Registries:');
    for (const x of insecureIndexes) lines.push(`  ${x.Name}`);
    for (const c of cidrs) lines.push(`  ${c}`);
  }
  const mirrors = reg.Mirrors as string[];
  if (mirrors.length > 0) {
    ln(' Registry Mirrors:');
    for (const m of mirrors) lines.push(`  ${m}`);
  }
  ln(' Live Restore Enabled:', i.LiveRestoreEnabled);
  if (i.ProductLicense !== '') ln(' Product License:', i.ProductLicense);
  lines.push('');
  return lines.join('\n') + '\n';
}

export async function info(inv: Invocation, io: DockerIO): Promise<number> {
  const format = inv.flags.string('format');
  const server = systemInfo(io.daemon);
  if (format === '') {
    let out = `Client: ${PLATFORM_NAME}\n Version:    ${CLIENT_VERSION}\n Context:    default\n Debug Mode: false\n\nServer:\n`;
    out += prettyServer(typedValue(server) as Info);
    await io.stdout(out);
    return 0;
  }
  let tmpl: Template;
  try {
    tmpl = Template.parse(format === 'json' ? '{{json .}}' : format, { funcs: INSPECT_FUNCS });
  } catch (e) {
    if (!(e instanceof TemplateParseError)) throw e;
    await io.stderr(`template parsing error: ${e.message}\n`);
    return 64;
  }
  // With a format, the client's API version is not filled in (runInfo sets it for the pretty form).
  const data = typedValue(dockerInfo(server, ''));
  try {
    await io.stdout(tmpl.execute(data) + '\n');
    return 0;
  } catch (e) {
    if (!(e instanceof TemplateExecError)) throw e;
    await io.stdout(e.partial + '\n');
    await io.stderr(`${e.message}\n`);
    return 1;
  }
}

