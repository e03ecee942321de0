/**
 * docker/cli's feature gating (cmd/docker/docker.go v28.2.2): flags and commands annotated with
 * "version", "ostype", "experimental" or "swarm" are hidden from help when the daemon lacks the
 * feature, and using such a flag or command fails in isSupported with the texts below.
 */
import type { ServerFeatures } from './command-spec.ts';
import type { FeatureAnnotations } from './flags/types.ts';

/** github.com/docker/docker/api/types/versions.LessThan. */
export function versionLess(v: string, other: string): boolean {
  const a = v.split('.');
  const b = other.split('.');
  const n = Math.max(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = Number(a[i] ?? '0') || 0;
    const y = Number(b[i] ?? '0') || 0;
    if (x !== y) return x < y;
  }
  return false;
}

/** hideFlagIf / hideSubcommandIf for all four annotations: true when it must be hidden. */
export function gatedOut(ann: FeatureAnnotations | undefined, f: ServerFeatures): boolean {
  if (!ann) return false;
  if (ann.experimental && !f.experimental) return true;
  if (ann.ostype !== undefined && f.osType !== '' && ann.ostype !== f.osType) return true;
  if (ann.swarm !== undefined && f.swarm) {
    if (ann.swarm === 'manager' && !f.swarm.controlAvailable) return true;
    if (ann.swarm === 'active' && f.swarm.nodeState === 'inactive') return true;
  }
  if (ann.version !== undefined && versionLess(f.apiVersion, ann.version)) return true;
  return false;
}

/** areFlagsSupported's message for one changed flag, or undefined. */
export function flagSupportError(name: string, ann: FeatureAnnotations | undefined, f: ServerFeatures): string | undefined {
  if (!ann) return undefined;
  if (ann.version !== undefined && versionLess(f.apiVersion, ann.version)) {
    return `"--${name}" requires API version ${ann.version}, but the Docker daemon API version is ${f.apiVersion}`;
  }
  if (ann.ostype !== undefined && f.osType !== '' && ann.ostype !== f.osType) {
    return `"--${name}" is only supported on a Docker daemon running on ${ann.ostype}, but the Docker daemon is running on ${f.osType}`;
  }
  if (ann.experimental && !f.experimental) {
    return `"--${name}" is only supported on a Docker daemon with experimental features enabled`;
  }
  return undefined;
}

/** areSubcommandsSupported's message for one command of the chain, or undefined. */
export function commandSupportError(commandPath: string, ann: FeatureAnnotations | undefined, f: ServerFeatures): string | undefined {
  if (!ann) return undefined;
  if (ann.version !== undefined && versionLess(f.apiVersion, ann.version)) {
    return `${commandPath} requires API version ${ann.version}, but the Docker daemon API version is ${f.apiVersion}`;
  }
  if (ann.ostype !== undefined && f.osType !== '' && ann.ostype !== f.osType) {
    return `${commandPath} is only supported on a Docker daemon running on ${ann.ostype}, but the Docker daemon is running on ${f.osType}`;
  }
  if (ann.experimental && !f.experimental) {
    return `${commandPath} is only supported on a Docker daemon with experimental features enabled`;
  }
  return undefined;
}
