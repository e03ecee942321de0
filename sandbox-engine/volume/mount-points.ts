/**
 * A container's mount points (moby container.Container.MountPoints), kept on the container
 * object as the plain array `mountPoints` so that they are saved with it. The order is the order
 * they were registered in; moby keeps a map, so any order is one the real engine may show.
 */
import type { Container } from '../container/container.ts';
import type { MountPoint } from './types.ts';

type WithMounts = Container & { mountPoints?: MountPoint[] };

export function mountPointsOf(c: Container): MountPoint[] {
  return (c as WithMounts).mountPoints ?? [];
}

export function setMountPoints(c: Container, mps: MountPoint[]): void {
  (c as WithMounts).mountPoints = mps;
}

/** container.HasMountFor: a mount point or a --tmpfs entry at exactly this destination. */
export function hasMountFor(c: Container, path: string): boolean {
  if (mountPointsOf(c).some((m) => m.Destination === path)) return true;
  return Object.keys(c.hostConfig.Tmpfs ?? {}).includes(path);
}

/** The container uses this volume (a reference the volume service counts). */
export function usesVolume(c: Container, name: string): boolean {
  return mountPointsOf(c).some((m) => m.Type === 'volume' && m.Name === name);
}
