/**
 * Images named by `COPY --from=<image>` and `RUN --mount=…,from=<image>` (a name that is no stage).
 * BuildKit v0.25.2 makes each an implicit stage (dockerfile2llb convert.go:818-848 toCommand,
 * convert_runmount.go detectRunMount): its config is resolved with the others
 * (`[internal] load metadata for <ref>`), and its FROM vertex has no step prefix (its cmdTotal is 0,
 * convert.go:2174 prefixCommand): `FROM docker.io/library/busybox:latest`. A failure is wrapped as
 * for FROM (`<name>: failed to resolve source metadata for <ref>: <err>`, remote.ts), at the COPY
 * line for COPY --from and without a location for a mount (its implicit stage has none).
 * --from is not expanded (toCommand refuses a value that changes under expansion).
 */
import type { Daemon } from '../daemon/daemon.ts';
import { fullString, parseNormalizedNamed, tagNameOnly, type Named } from '../reference/reference.ts';
import { resolveBaseImage, type BaseImage } from './base-image.ts';
import { resolveError, resolveFailure } from './remote.ts';

export interface ImplicitImage {
  /** The name as written after --from / from=. */
  name: string;
  ref: Named | null;
  /** The COPY's lines; 0 for a mount. */
  startLine: number;
  endLine: number;
  base: BaseImage | null;
}

export interface ResolveFailure {
  message: string;
  vertexMessage: string;
  /** The failed metadata vertex ('' when none was started). */
  vertex: string;
  startLine: number;
  endLine: number;
}

/** The progress calls resolution makes (builder/progress.ts PlainProgress satisfies it). */
interface ProgressLike<V> {
  start(name: string): V;
  done(v: V): void;
  error(v: V, message: string): void;
}

export class ImplicitImages {
  private readonly byName = new Map<string, ImplicitImage>();

  /** Records an image source; the first location seen is kept. */
  add(name: string, startLine: number, endLine: number): void {
    if (this.byName.has(name)) return;
    let ref: Named | null = null;
    try {
      ref = tagNameOnly(parseNormalizedNamed(name));
    } catch {
      ref = null;
    }
    this.byName.set(name, { name, ref, startLine, endLine, base: null });
  }

  get(name: string): ImplicitImage | undefined {
    return this.byName.get(name);
  }

  all(): ImplicitImage[] {
    return [...this.byName.values()];
  }

  /**
   * Resolves each image not resolved yet (`known`: by full reference, shared with the FROM
   * stages), printing its metadata vertex; the first failure is returned.
   */
  resolve<V>(d: Daemon, progress: ProgressLike<V>, known: Map<string, BaseImage>): ResolveFailure | null {
    for (const img of this.byName.values()) {
      if (img.ref === null) {
        const msg = `failed to parse stage name ${JSON.stringify(img.name)}: invalid reference format`;
        return { message: msg, vertexMessage: msg, vertex: '', startLine: img.startLine, endLine: img.endLine };
      }
      const full = fullString(img.ref);
      const have = known.get(full);
      if (have) {
        img.base = have;
        continue;
      }
      const name = `[internal] load metadata for ${full}`;
      const v = progress.start(name);
      try {
        img.base = resolveBaseImage(d, img.ref);
      } catch (e) {
        const vertexMessage = resolveError(d, img.ref, e);
        progress.error(v, vertexMessage);
        return { message: resolveFailure(img.name, img.ref, vertexMessage), vertexMessage, vertex: name, startLine: img.startLine, endLine: img.endLine };
      }
      known.set(full, img.base);
      progress.done(v);
    }
    return null;
  }
}
