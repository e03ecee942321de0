/**
 * docker/cli v28.5.2 cli/command/formatter/container.go ContainerContext: what `docker ps
 * --format` templates see for one container. Fields are methods (`{{.Names}}`, `{{.Label "k"}}`);
 * `{{json .}}` marshals every method without arguments into a map (formatter/reflect.go), with
 * HTML escaping since that goes through json.Marshal.
 */
import { GO_TYPE, NIL_MAP } from '../../go/value.ts';
import { marshal } from '../../go/json.ts';
import { goQuote } from '../../go/quote.ts';
import { ellipsis, truncateID } from '../../formatter/displayutils.ts';
import { humanDuration, humanSizeWithPrecision } from '../../formatter/units.ts';
import { displayablePorts } from '../../formatter/ports.ts';
import { familiarString, parseNormalizedNamed } from '../../../reference/reference.ts';
import type { ContainerSummary } from '../../../daemon/list.ts';
import { goTimeString } from '../../../util/go-time.ts';

/** The zero Summary the CLI validates a format against (list.go buildContainerListOptions). */
export const EMPTY_SUMMARY: ContainerSummary = {
  ID: '',
  Names: [],
  Image: '',
  ImageID: '',
  Command: '',
  Created: 0,
  Ports: [],
  SizeRw: 0,
  SizeRootFs: 0,
  Labels: null,
  State: '',
  Status: '',
  NetworkMode: '',
  Networks: [],
  Mounts: [],
};

const MARSHALLED = [
  'Command',
  'CreatedAt',
  'ID',
  'Image',
  'Labels',
  'LocalVolumes',
  'Mounts',
  'Names',
  'Networks',
  'Platform',
  'Ports',
  'RunningFor',
  'Size',
  'State',
  'Status',
] as const;

export interface ContainerContext {
  /** Set when a template called Size (the CLI then asks the daemon for sizes). */
  sizeUsed: boolean;
  /** The object templates run on. */
  readonly value: Record<string | symbol, unknown>;
}

const contexts = new WeakMap<object, ContainerContext>();

/** formatter.ContainerContext.Image with trunc. */
function imageName(s: ContainerSummary, trunc: boolean): string {
  if (s.Image === '') return '<no image>';
  if (!trunc) return s.Image;
  const short = truncateID(s.ImageID);
  if (short === truncateID(s.Image)) return short;
  try {
    const ref = parseNormalizedNamed(s.Image);
    // A tagged reference keeps its tag (a digest goes); otherwise only the name stays.
    const named = ref.tag !== undefined ? { domain: ref.domain, path: ref.path, tag: ref.tag } : { domain: ref.domain, path: ref.path };
    return familiarString(named);
  } catch {
    return s.Image;
  }
}

export function containerContext(s: ContainerSummary, opts: { trunc: boolean; now: number }): ContainerContext {
  const ctx: ContainerContext = { sizeUsed: false, value: {} };
  const labels = s.Labels;
  const methods: Record<string, (...args: unknown[]) => unknown> = {
    ID: () => (opts.trunc ? truncateID(s.ID) : s.ID),
    Names: () => {
      let names = s.Names.map((n) => n.slice(1));
      if (opts.trunc) {
        const plain = names.find((n) => n.split('/').length === 1);
        if (plain !== undefined) names = [plain];
      }
      return names.join(',');
    },
    Image: () => imageName(s, opts.trunc),
    Command: () => goQuote(opts.trunc ? ellipsis(s.Command, 20) : s.Command),
    CreatedAt: () => goTimeString(s.Created * 1000),
    RunningFor: () => `${humanDuration(opts.now - s.Created * 1000)} ago`,
    Platform: () => null,
    Ports: () => displayablePorts(s.Ports),
    State: () => s.State,
    Status: () => s.Status,
    Size: () => {
      ctx.sizeUsed = true;
      const srw = humanSizeWithPrecision(s.SizeRw, 3);
      return s.SizeRootFs > 0 ? `${srw} (virtual ${humanSizeWithPrecision(s.SizeRootFs, 3)})` : srw;
    },
    Labels: () => {
      if (labels === null) return '';
      return Object.entries(labels)
        .map(([k, v]) => `${k}=${v}`)
        .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0))
        .join(',');
    },
    Label: (name: unknown) => (labels === null ? '' : (labels[name as string] ?? '')),
    Mounts: () =>
      s.Mounts.map((m) => {
        const name = m.Name ? m.Name : m.Source;
        return opts.trunc ? ellipsis(name, 15) : name;
      }).join(','),
    LocalVolumes: () => String(s.Mounts.filter((m) => m.Driver === 'local').length),
    Networks: () => s.Networks.join(','),
    FullHeader: () => NIL_MAP,
    MarshalJSON: () => marshalContext(ctx),
  };
  const value: Record<string | symbol, unknown> = { Header: NIL_MAP, FieldsUsed: NIL_MAP, ...methods };
  value[GO_TYPE] = '*formatter.ContainerContext';
  Object.assign(ctx, { value });
  contexts.set(value, ctx);
  return ctx;
}

/** formatter.MarshalJSON: every argument-less method but FullHeader, keys sorted. */
function marshalContext(ctx: ContainerContext): string {
  const m = new Map<string, unknown>();
  for (const name of MARSHALLED) m.set(name, (ctx.value[name] as () => unknown)());
  return marshal(m, { escapeHTML: true });
}

/** The context behind a template value, if it is one. */
export function contextOf(v: unknown): ContainerContext | undefined {
  return v !== null && typeof v === 'object' ? contexts.get(v) : undefined;
}
