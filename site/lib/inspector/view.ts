/**
 * Draws an InspectorState (computed in the worker, model.ts) as HTML text: the selected
 * container's layer stack, listed bottom first (layer 1 is the base; CSS draws the base at the
 * bottom), with the writable container layer and its `docker diff` changes on top, and beside it
 * the mounts grouped by type, which bypass the stack. Sizes and short IDs as the docker CLI prints
 * them. Every state is said in words too (added/changed/deleted, read-only), never by colour alone.
 */
import type { InspectorContainer, InspectorLayer, InspectorMount, InspectorState } from './types.ts';
import { humanSizeWithPrecision } from '../../../sandbox-engine/cli/formatter/units.ts';
import { attrs, esc } from '../lesson/html.ts';
import { fill, type WorkspaceStrings } from '../lesson/strings.ts';

type Strings = WorkspaceStrings['inspector'];

/** `docker history` and `docker images`: HumanSizeWithPrecision(size, 3), e.g. 7.8MB, 0B. */
export function dockerSize(bytes: number): string {
  return humanSizeWithPrecision(bytes, 3);
}

/** stringid.TruncateID: the first 12 hex digits, without the algorithm. */
export function shortID(id: string): string {
  const i = id.indexOf(':');
  return (i < 0 ? id : id.slice(i + 1)).slice(0, 12);
}

/** The container picker's options after the fixed "newest" one. */
export function pickerOptions(containers: readonly InspectorContainer[], s: Strings): Array<{ value: string; label: string }> {
  return containers.map((c) => ({ value: c.name, label: fill(s.option, { name: c.name, status: c.status }) }));
}

function fact(term: string, value: string, title?: string): string {
  return `<dt>${esc(term)}</dt><dd${attrs({ title })}>${esc(value)}</dd>`;
}

function imageLayer(l: InspectorLayer, n: number, total: number, s: Strings): string {
  if (l.emptyLayer) {
    return (
      `<li class="ins-layer" data-kind="empty"><p class="ins-layer-title">${esc(s.emptyLayer)}</p>` +
      `<dl class="ins-facts">${fact(s.size, dockerSize(l.size))}${fact(s.createdBy, l.createdBy)}</dl></li>`
    );
  }
  return (
    `<li${attrs({ class: 'ins-layer', 'data-kind': 'image', 'data-diff-id': l.diffID })}>` +
    `<p class="ins-layer-title">${esc(fill(s.imageLayer, { n, total }))}</p><dl class="ins-facts">` +
    fact(s.diffID, shortID(l.diffID), l.diffID) +
    fact(s.size, dockerSize(l.size)) +
    fact(s.createdBy, l.createdBy) +
    '</dl></li>'
  );
}

function writableLayer(changes: ReadonlyArray<{ kind: 'A' | 'C' | 'D'; path: string }>, sizeRw: number, s: Strings): string {
  let out = `<li class="ins-layer" data-kind="writable"><p class="ins-layer-title">${esc(s.writable)}</p>`;
  out += `<dl class="ins-facts">${fact(s.size, dockerSize(sizeRw))}</dl>`;
  if (changes.length === 0) return out + `<p class="ins-no-changes">${esc(s.noChanges)}</p></li>`;
  out += `<p class="ins-changes-label">${esc(s.changes)}</p><ul class="ins-changes">`;
  for (const c of changes) {
    out += `<li data-change="${c.kind}"><span class="ins-kind">${c.kind}</span> ${esc(c.path)} <span class="ins-kind-word">(${esc(s.change[c.kind])})</span></li>`;
  }
  return out + '</ul></li>';
}

function mountGroups(mounts: readonly InspectorMount[], s: Strings): string {
  if (mounts.length === 0) return `<p class="ins-no-mounts">${esc(s.noMounts)}</p>`;
  const order = ['volume', 'bind', 'tmpfs'];
  const types = [...new Set(mounts.map((m) => m.type))].sort((a, b) => rank(a) - rank(b));
  function rank(t: string): number {
    const i = order.indexOf(t);
    return i < 0 ? order.length : i;
  }
  let out = '';
  for (const type of types) {
    const heading = type === 'volume' || type === 'bind' || type === 'tmpfs' ? s.mountType[type] : `${s.mountType.other}: ${type}`;
    out += `<div class="ins-mount-group" data-mount-type="${esc(type)}"><h4>${esc(heading)}</h4><ul class="ins-mounts">`;
    for (const m of mounts.filter((x) => x.type === type)) {
      const source = m.type === 'tmpfs' || m.source === '' ? s.tmpfsSource : m.source;
      out += `<li>${esc(fill(s.mount, { source, destination: m.destination }))} (${esc(m.rw ? s.readWrite : s.readOnly)})</li>`;
    }
    out += '</ul></div>';
  }
  return out;
}

function summary(state: InspectorState, s: Strings): string {
  const images = state.images.map((i) => `${i.tags.length > 0 ? i.tags.join(', ') : shortID(i.id)} (${dockerSize(i.size)})`);
  return (
    `<p class="ins-summary"><span>${esc(s.images)}: ${esc(images.length > 0 ? images.join('; ') : s.none)}</span><br />` +
    `<span>${esc(s.volumes)}: ${esc(state.volumes.length > 0 ? state.volumes.join(', ') : s.none)}</span></p>`
  );
}

/** The inspector's drawing (below its container picker). */
export function renderInspector(state: InspectorState, s: Strings): string {
  const c = state.selected;
  if (!c) return `<p class="ws-help">${esc(s.noContainers)}</p>${summary(state, s)}`;
  const total = c.layers.filter((l) => !l.emptyLayer).length;
  let n = 0;
  let stack = '';
  for (const l of c.layers) stack += imageLayer(l, l.emptyLayer ? 0 : ++n, total, s);
  stack += writableLayer(c.changes, c.sizeRw, s);
  return (
    `<div class="ins-body" data-container="${esc(c.name)}">` +
    `<section class="ins-stack-box" aria-labelledby="ins-stack-h"><h3 class="ins-h" id="ins-stack-h">${esc(fill(s.stackLabel, { name: c.name, image: c.image }))}</h3>` +
    `<p class="ws-help">${esc(s.stackHelp)}</p><ol class="ins-stack" aria-labelledby="ins-stack-h">${stack}</ol></section>` +
    `<section class="ins-mounts-box" aria-labelledby="ins-mounts-h"><h3 class="ins-h" id="ins-mounts-h">${esc(s.mounts)}</h3>` +
    `<p class="ws-help">${esc(s.mountsHelp)}</p>${mountGroups(c.mounts, s)}</section>` +
    `</div>${summary(state, s)}`
  );
}
