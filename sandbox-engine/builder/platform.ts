/**
 * Platforms in a build. The simulated engine is linux/amd64 and its images are amd64 only.
 *
 * - The automatic platform ARGs (BuildKit v0.25.2 dockerfile2llb/platform.go defaultArgs):
 *   BUILDPLATFORM, BUILDOS, BUILDOSVERSION, BUILDARCH, BUILDVARIANT, TARGETPLATFORM, TARGETOS,
 *   TARGETOSVERSION, TARGETARCH, TARGETVARIANT and TARGETSTAGE (the target stage's name, or
 *   `default`), each overridable with --build-arg. They are global: FROM lines see them, and a
 *   stage sees one once it declares `ARG NAME` (dispatchArg takes the global value).
 * - `docker build --platform P` sets the target platform (the build platform stays the engine's).
 * - `FROM --platform=P`: P is expanded with the global args and parsed as containerd's
 *   platforms.Parse does; errors are `empty platform value from expression %s` and
 *   `failed to parse platform %s: …` (convert.go:311-333).
 * Another platform than linux/amd64 cannot be pulled here: resolving the image fails with
 * containerd's `no match for platform in manifest: not found` (core/images/handlers.go:309), which
 * is what a registry answers for an image without that platform (the real Hub images have more).
 */

export interface Platform {
  os: string;
  architecture: string;
  variant: string;
}

export const ENGINE_PLATFORM: Platform = { os: 'linux', architecture: 'amd64', variant: '' };

/** platforms.Format: os/arch[/variant]. */
export function formatPlatform(p: Platform): string {
  return `${p.os}/${p.architecture}${p.variant ? `/${p.variant}` : ''}`;
}

export function isEnginePlatform(p: Platform): boolean {
  return p.os === 'linux' && p.architecture === 'amd64' && (p.variant === '' || p.variant === 'v1');
}

const KNOWN_OS = new Set(['aix', 'android', 'darwin', 'dragonfly', 'freebsd', 'hurd', 'illumos', 'ios', 'js', 'linux', 'nacl', 'netbsd', 'openbsd', 'plan9', 'solaris', 'wasip1', 'windows', 'zos']);
const KNOWN_ARCH = new Set(['386', 'amd64', 'amd64p32', 'arm', 'armbe', 'arm64', 'arm64be', 'ppc64', 'ppc64le', 'loong64', 'mips', 'mipsle', 'mips64', 'mips64le', 'mips64p32', 'mips64p32le', 'ppc', 'riscv', 'riscv64', 's390', 's390x', 'sparc', 'sparc64', 'wasm']);

/** containerd platforms normalizeArch. */
function normalizeArch(arch: string, variant: string): [string, string] {
  const a = arch.toLowerCase();
  const v = variant.toLowerCase();
  switch (a) {
    case 'i386':
      return ['386', ''];
    case 'x86_64':
    case 'x86-64':
    case 'amd64':
      return ['amd64', v === 'v1' ? '' : v];
    case 'aarch64':
    case 'arm64':
      return ['arm64', v === '8' || v === 'v8' ? '' : v];
    case 'armhf':
      return ['arm', 'v7'];
    case 'armel':
      return ['arm', 'v6'];
    case 'arm':
      return ['arm', v === '' || v === '7' ? 'v7' : v === '5' || v === '6' || v === '8' ? `v${v}` : v];
    default:
      return [a, v];
  }
}

const invalid = (msg: string): Error => new Error(`${msg}: invalid argument`);

/** containerd platforms.Parse (the parts this engine meets). */
export function parsePlatform(spec: string): Platform {
  if (spec.includes('*')) throw invalid(`${JSON.stringify(spec)}: wildcards not yet supported`);
  const parts = spec.split('/').slice(0, 4);
  for (const [i, part] of parts.entries()) {
    const re = i === 0 ? /^[A-Za-z0-9_-]+(\([A-Za-z0-9_.-]*\))?$/ : /^[A-Za-z0-9_-]+$/;
    if (!re.test(part)) {
      const what = i === 0 ? 'an invalid OS component' : 'an invalid component';
      const rule = i === 0 ? 'OSAndVersion specifier component must match "^([A-Za-z0-9_-]+)(?:\\\\(([A-Za-z0-9_.-]*)\\\\))?$"' : 'platform specifier component must match "^[A-Za-z0-9_-]+$"';
      throw invalid(`${JSON.stringify(part)} is ${what} of ${JSON.stringify(spec)}: ${rule}`);
    }
  }
  const os = parts[0].replace(/\(.*\)$/, '').toLowerCase().replace(/^macos$/, 'darwin');
  if (parts.length === 1) {
    if (KNOWN_OS.has(os)) return { os, architecture: 'amd64', variant: '' };
    const [architecture, variant] = normalizeArch(parts[0], '');
    if (KNOWN_ARCH.has(architecture)) return { os: 'linux', architecture, variant: architecture === 'arm' && variant === 'v7' ? '' : variant };
    throw invalid(`${JSON.stringify(spec)}: unknown operating system or architecture`);
  }
  if (parts.length === 2) {
    const [architecture, variant] = normalizeArch(parts[1], '');
    return { os, architecture, variant: architecture === 'arm' && variant === 'v7' ? '' : variant };
  }
  if (parts.length === 3) {
    const [architecture, variant] = normalizeArch(parts[1], parts[2]);
    return { os, architecture, variant: architecture === 'arm64' && variant === '' ? 'v8' : variant };
  }
  throw invalid(`${JSON.stringify(spec)}: cannot parse platform`);
}

/** defaultArgs: the automatic platform ARGs as `KEY=value`, --build-arg values winning. */
export function platformArgs(target: Platform, targetStage: string, buildArgs: ReadonlyMap<string, string>): string[] {
  const b = ENGINE_PLATFORM;
  const pairs: Array<[string, string]> = [
    ['BUILDPLATFORM', formatPlatform(b)],
    ['BUILDOS', b.os],
    ['BUILDOSVERSION', ''],
    ['BUILDARCH', b.architecture],
    ['BUILDVARIANT', b.variant],
    ['TARGETPLATFORM', formatPlatform(target)],
    ['TARGETOS', target.os],
    ['TARGETOSVERSION', ''],
    ['TARGETARCH', target.architecture],
    ['TARGETVARIANT', target.variant],
    ['TARGETSTAGE', targetStage || 'default'],
  ];
  return pairs.map(([k, v]) => `${k}=${buildArgs.get(k) ?? v}`);
}
