/**
 * The JSON progress stream a pull sends to the CLI, as data: moby distribution/pull_v2.go
 * (`pullTag`, layerDescriptor.Download) and distribution/xfer/download.go (LayerDownloadManager).
 *
 *   const events = pullEvents(hub.resolve('alpine'), { hasImage: false, tagUpToDate: false, hasLayer: () => false });
 *   renderPullNonTTY(events);   // the text `docker pull` prints when stdout is not a terminal
 *
 * Order, per moby:
 * 1. `<tag>: Pulling from library/alpine` (id = the tag, or the digest for `name@sha256:…`).
 * 2. Unless the image (config) is already in the store: for the longest prefix of layers whose
 *    ChainID exists, `<id>: Already exists`; then `<id>: Pulling fs layer` for every other layer;
 *    transfers beyond the first three (maxConcurrentDownloads) report `Waiting`. Downloads send
 *    `Downloading` progress, then `Verifying Checksum` and `Download complete`; each layer then
 *    registers on its parent: `Extracting` progress, then `Pull complete`, strictly in layer order.
 *    Layer ids are the first 12 hex digits of the compressed blob's digest.
 * 3. `Digest: sha256:…`, then `Status: Downloaded newer image for alpine:latest`, or
 *    `Status: Image is up to date for alpine:latest` when the tag already pointed at this image.
 *
 * Real downloads run concurrently, so the interleaving of step 2 varies between runs. Here it is
 * a fixed schedule: downloads take time proportional to their compressed size on a 25 MB/s link
 * (plus 150 ms of latency), three at a time in layer order, and extraction proportional to the
 * uncompressed size at 100 MB/s; events are ordered by that virtual time. Deterministic, and of
 * the same shape as a real pull (small layers finish first, `Pull complete` in order).
 */
import { familiarString } from '../reference/reference.ts';
import { hexOf } from '../layer/digest.ts';
import type { ResolvedImage } from './registry.ts';

export interface ProgressDetail {
  current?: number;
  total?: number;
}

/** One JSONMessage of the stream (the fields the CLI reads). */
export interface PullEvent {
  id?: string;
  status: string;
  /** Present on progress updates (moby progress.Update/ProgressReader); `{}` when no counts. */
  progressDetail?: ProgressDetail;
  /** Milliseconds since the pull started, in the simulated schedule. */
  at: number;
}

export interface PullState {
  /** The image's config is already in the image store (nothing to download). */
  hasImage: boolean;
  /** The requested tag (or digest) already points at this image ID. */
  tagUpToDate: boolean;
  /** A layer with this ChainID exists in the layer store. */
  hasLayer(chainID: string): boolean;
}

export const MAX_CONCURRENT_DOWNLOADS = 3;
const BANDWIDTH = 25_000_000 / 1000; // bytes per ms
const LATENCY = 150;
const EXTRACT_RATE = 100_000_000 / 1000;
/** Progress updates per transfer (moby sends one per 512 kB read, at most every 100 ms). */
const PROGRESS_STEPS = 4;

/** The 12-hex id shown for a layer: its compressed blob digest. */
export function layerProgressID(blobDigest: string): string {
  return hexOf(blobDigest).slice(0, 12);
}

export function pullEvents(resolved: ResolvedImage, state: PullState): PullEvent[] {
  const m = resolved.materialize();
  const out: PullEvent[] = [{ id: resolved.tagOrDigest, status: `Pulling from ${resolved.ref.path}`, at: 0 }];
  let end = 0;
  if (!state.hasImage) {
    const ids = m.layers.map((l) => layerProgressID(l.blob.digest));
    let first = 0;
    while (first < m.layers.length && state.hasLayer(m.chainIDs[first])) {
      out.push({ id: ids[first], status: 'Already exists', progressDetail: {}, at: 0 });
      first++;
    }
    const todo = m.layers.map((_, i) => i).filter((i) => i >= first);
    for (const i of todo) out.push({ id: ids[i], status: 'Pulling fs layer', progressDetail: {}, at: 0 });
    todo.forEach((i, k) => {
      if (k >= MAX_CONCURRENT_DOWNLOADS) out.push({ id: ids[i], status: 'Waiting', progressDetail: {}, at: 0 });
    });
    end = schedule(m.layers.map((l) => ({ compressed: l.blob.size, size: l.tarSize })), todo, ids, out);
  }
  out.push({ status: `Digest: ${resolved.digest()}`, at: end });
  const name = familiarString(resolved.ref);
  out.push({ status: state.tagUpToDate ? `Status: Image is up to date for ${name}` : `Status: Downloaded newer image for ${name}`, at: end });
  return out;
}

interface Timed extends PullEvent {
  seq: number;
}

/** Simulate the transfers; appends their events in time order and returns the finish time. */
function schedule(layers: Array<{ compressed: number; size: number }>, todo: number[], ids: string[], out: PullEvent[]): number {
  const events: Timed[] = [];
  let seq = 0;
  const emit = (at: number, id: string, status: string, progressDetail: ProgressDetail): void => {
    events.push({ at: Math.round(at), id, status, progressDetail, seq: seq++ });
  };
  // Downloads: a slot frees when a download completes; the next waiting layer starts then.
  const slots: number[] = Array.from({ length: Math.min(MAX_CONCURRENT_DOWNLOADS, todo.length) }, () => 0);
  const downloaded = new Map<number, number>();
  for (const i of todo) {
    const s = slots.indexOf(Math.min(...slots));
    const start = slots[s];
    const total = layers[i].compressed;
    const duration = LATENCY + total / BANDWIDTH;
    for (let step = 1; step <= PROGRESS_STEPS; step++) {
      emit(start + LATENCY + ((duration - LATENCY) * step) / PROGRESS_STEPS, ids[i], 'Downloading', { current: Math.round((total * step) / PROGRESS_STEPS), total });
    }
    emit(start + duration, ids[i], 'Verifying Checksum', {});
    emit(start + duration, ids[i], 'Download complete', {});
    downloaded.set(i, start + duration);
    slots[s] = start + duration;
  }
  // Registration: in layer order, each after its own download and its parent's registration.
  let ready = 0;
  for (const i of todo) {
    const start = Math.max(ready, downloaded.get(i)!);
    // moby counts extraction progress in bytes of the compressed stream read.
    const total = layers[i].compressed;
    const duration = layers[i].size / EXTRACT_RATE;
    for (let step = 1; step <= PROGRESS_STEPS; step++) {
      emit(start + (duration * step) / PROGRESS_STEPS, ids[i], 'Extracting', { current: Math.round((total * step) / PROGRESS_STEPS), total });
    }
    emit(start + duration, ids[i], 'Pull complete', {});
    ready = start + duration;
  }
  events.sort((a, b) => a.at - b.at || a.seq - b.seq);
  for (const { seq: _seq, ...e } of events) out.push(e);
  return Math.round(ready);
}

/**
 * The stream as the CLI prints it to a non-terminal (docker/cli jsonmessage.Display with
 * isTerminal false): a progress update whose counts render to text (Downloading, Extracting) is
 * dropped; every other message prints as `<id>: <status>` or `<status>`, one per line.
 */
export function renderPullNonTTY(events: readonly PullEvent[]): string {
  let out = '';
  for (const e of events) {
    const d = e.progressDetail;
    if (d && ((d.current ?? 0) > 0 || (d.total ?? 0) > 0)) continue;
    out += e.id ? `${e.id}: ${e.status}\n` : `${e.status}\n`;
  }
  return out;
}

/**
 * Everything `docker pull NAME` writes to a non-terminal stdout (cli/command/image/pull.go):
 * `Using default tag: latest` when the name had neither tag nor digest, the stream, then the
 * full reference (`docker.io/library/alpine:latest`). `docker run` instead writes
 * `Unable to find image 'alpine:latest' locally` and the stream to stderr, without the last line.
 */
export function renderDockerPull(typed: { hadTagOrDigest: boolean }, resolved: ResolvedImage, events: readonly PullEvent[]): string {
  const r = resolved.ref;
  const full = `${r.domain}/${r.path}${r.tag !== undefined ? `:${r.tag}` : ''}${r.digest !== undefined ? `@${r.digest}` : ''}`;
  return (typed.hadTagOrDigest ? '' : `Using default tag: ${r.tag}\n`) + renderPullNonTTY(events) + `${full}\n`;
}
