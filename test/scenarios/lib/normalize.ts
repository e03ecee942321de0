/**
 * Normalization of one scenario's outputs, the same for the real engine's recording and the
 * simulator's replay, so only what is meant to be equal is compared.
 *
 * Built in, in this order, per command (stdout, then stderr, commands in order):
 * 1. Paths (recording only): the recording daemon's data root becomes /var/lib/docker and the
 *    scenario's scratch directory /home/student.
 * 2. Tables (see tables.ts) become tab-separated cells.
 * 3. Hex IDs, numbered by first appearance in the scenario: a 64-hex string becomes `<hex64:N>`,
 *    a 12-hex string `<hex12:N>`, with the same N when one is the other's prefix (a container's ID,
 *    its short ID and its hostname; an image ID and its `sha256:` form). An ID first seen in an
 *    output compared as a set (`# unordered:`) is `<hex64:?>`. overlay2's 26-character link names
 *    (`l/<LINK>`) become `<link:N>`.
 * 4. Times: RFC 3339 and Go `time.String()` timestamps become `<timestamp>` (except Go's zero time
 *    0001-01-01T00:00:00Z, which means "never" and is compared); Docker's human durations
 *    (go-units HumanDuration: "Less than a second", "About a minute", "3 seconds", ...) become
 *    `<duration>` where they are used as ages: "Up <duration>", "<duration> ago".
 * 5. The scenario's own `# normalize:` entries.
 * 6. Tables are laid out again.
 */
import { commandMatches, type Normalizer as CustomNormalizer } from './scenario-file.ts';
import { layout, tableStyleOf, toCells } from './tables.ts';

/** Named normalizations a scenario can ask for with `# normalize: <name>`. */
export const PRESETS: Record<string, CustomNormalizer[]> = {
  /** `ls -l` times (coreutils `Nov 30 10:02`, or `Nov 30  2025` for old files). */
  'ls-time': [{ prefix: '', regex: '\\b[A-Z][a-z]{2} [ \\d]\\d (?:\\d\\d:\\d\\d| \\d{4}) ', replacement: '<mtime> ' }],
  /** `docker top` default columns UID PID PPID C STIME TTY TIME CMD: pids, start time, CPU. */
  /**
   * Pull progress: which intermediate states of a layer get printed depends on timing (moby's
   * transfer watchers only see the latest progress, distribution/xfer/transfer.go), so the optional
   * ones are dropped: Waiting, Downloading, Verifying Checksum, Download complete, Extracting.
   * Kept: Pulling fs layer, Already exists, Pull complete.
   */
  'pull-progress': [
    { prefix: '', regex: '^<hex12:[0-9?]+>: (?:Waiting|Downloading|Verifying Checksum|Download complete|Extracting)\\b.*\\n', replacement: '' },
  ],
  'top-ps': [
    {
      prefix: '',
      regex: '^([^\\t\\n]+)\\t\\d+\\t\\d+\\t\\d+\\t[^\\t\\n]+\\t([^\\t\\n]+)\\t\\d\\d:\\d\\d:\\d\\d\\t',
      replacement: '$1\t<pid>\t<pid>\t<cpu>\t<stime>\t$2\t<cputime>\t',
    },
  ],
};

const HEX64 = /(?<![0-9a-f])[0-9a-f]{64}(?![0-9a-f])/g;
const HEX12 = /(?<![0-9a-f])[0-9a-f]{12}(?![0-9a-f])/g;
const LINK = /(?<![A-Z0-9])[A-Z2-7]{26}(?![A-Z0-9])/g;
const RFC3339 = /\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)/g;
const GO_TIME = /\d{4}-\d\d-\d\d \d\d:\d\d:\d\d(?:\.\d+)? [+-]\d{4} [A-Z]{3,5}/g;
const DURATION = String.raw`(?:Less than a second|About a minute|About an hour|\d+ (?:seconds?|minutes?|hours?|days?|weeks?|months?|years?))`;
const UP = new RegExp(String.raw`\bUp ${DURATION}`, 'g');
const AGO = new RegExp(String.raw`${DURATION} ago\b`, 'g');
const ZERO_TIME = '0001-01-01T00:00:00Z';

export interface PathMap {
  /** Real path → the simulator's path; longest first is applied first. */
  [real: string]: string;
}

export class ScenarioNormalizer {
  private readonly ids: Array<{ short: string; full?: string }> = [];
  private readonly links = new Map<string, number>();
  private readonly custom: CustomNormalizer[];
  private readonly paths: Array<[string, string]>;

  private readonly unordered: string[];

  constructor(custom: CustomNormalizer[], paths: PathMap = {}, unordered: string[] = []) {
    this.custom = custom;
    this.paths = Object.entries(paths).sort((a, b) => b[0].length - a[0].length);
    this.unordered = unordered;
  }

  /** The ID's number, or null when it is new and `anonymous` (then it is not numbered). */
  private idNumber(hex: string, anonymous: boolean): number | null {
    const short = hex.slice(0, 12);
    let i = this.ids.findIndex((e) => e.short === short && (hex.length === 12 || e.full === undefined || e.full === hex));
    if (i < 0) {
      if (anonymous) return null;
      this.ids.push({ short });
      i = this.ids.length - 1;
    }
    if (hex.length === 64) this.ids[i].full = hex;
    return i + 1;
  }

  private linkNumber(link: string): number {
    let n = this.links.get(link);
    if (n === undefined) {
      n = this.links.size + 1;
      this.links.set(link, n);
    }
    return n;
  }

  /**
   * IDs are numbered in reading order, so 64- and 12-hex matches are handled in one pass. In an
   * output compared as a set, reading order means nothing: IDs seen there for the first time stay
   * unnumbered (`<hex64:?>`).
   */
  private ids_(text: string, anonymous: boolean): string {
    const both = new RegExp(`${HEX64.source}|${HEX12.source}`, 'g');
    return text
      .replace(both, (m) => `<hex${m.length}:${this.idNumber(m, anonymous) ?? '?'}>`)
      .replace(LINK, (m) => `<link:${this.linkNumber(m)}>`);
  }

  private times(text: string): string {
    return text
      .replace(RFC3339, (m) => (m === ZERO_TIME ? m : '<timestamp>'))
      .replace(GO_TIME, '<timestamp>')
      .replace(UP, 'Up <duration>')
      .replace(AGO, '<duration> ago');
  }

  /** Normalizes one output stream of `command`. Call in scenario order. */
  normalize(command: string, stream: 'stdout' | 'stderr', text: string): string {
    let t = text;
    for (const [real, sim] of this.paths) t = t.split(real).join(sim);
    const style = stream === 'stdout' ? tableStyleOf(command) : null;
    const cells = style ? toCells(t, style) : null;
    if (cells !== null) t = cells;
    const unordered = stream === 'stdout' && this.unordered.some((p) => commandMatches(command, p));
    t = this.times(this.ids_(t, unordered));
    for (const n of this.custom) {
      if (commandMatches(command, n.prefix)) t = t.replace(new RegExp(n.regex, 'gm'), n.replacement);
    }
    if (cells !== null && style) t = layout(t, style);
    return t;
  }
}

/** The custom normalizers of a scenario, presets expanded. */
export function expandNormalizers(list: Array<CustomNormalizer | { preset: string }>): CustomNormalizer[] {
  return list.flatMap((n) => {
    if (!('preset' in n)) return [n];
    const p = PRESETS[n.preset];
    if (!p) throw new Error(`unknown normalize preset: ${n.preset} (known: ${Object.keys(PRESETS).join(', ')})`);
    return p;
  });
}
