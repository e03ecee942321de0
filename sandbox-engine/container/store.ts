/**
 * Containers by ID and by name, with moby's lookup rules (container/view.go GetByName, daemon
 * GetContainer): an exact ID, then an exact name, then a unique ID prefix. The errors are the
 * daemon's texts.
 */
import { DaemonError, notFound } from '../errdefs/errors.ts';
import type { Container } from './container.ts';

export class ContainerStore {
  private byId = new Map<string, Container>();

  add(c: Container): void {
    this.byId.set(c.id, c);
  }

  delete(id: string): void {
    this.byId.delete(id);
  }

  all(): Container[] {
    return [...this.byId.values()];
  }

  /** By name as the user typed it, without the leading slash. */
  byName(name: string): Container | undefined {
    const n = name.startsWith('/') ? name : `/${name}`;
    for (const c of this.byId.values()) if (c.name === n) return c;
    return undefined;
  }

  /** moby v28.5.2 daemon/container.go GetContainer: full ID, exact name, then a unique ID prefix. */
  get(ref: string): Container {
    if (ref === '') throw new DaemonError('InvalidParameter', 'invalid name or ID supplied: ""');
    const exact = this.byId.get(ref);
    if (exact) return exact;
    const named = this.byName(ref);
    if (named) return named;
    // moby v28.5.2 container/view.go GetByPrefix: any string is tried as an ID prefix.
    const matches = [...this.byId.values()].filter((c) => c.id.startsWith(ref));
    if (matches.length === 1) return matches[0];
    if (matches.length > 1) throw new DaemonError('InvalidParameter', `multiple IDs found with provided prefix: ${ref}`);
    throw notFound(`No such container: ${ref}`);
  }
}
