/**
 * `docker builder prune`: with buildx (Engine 28's default builder) the CLI runs `docker buildx
 * prune` (docker/cli v28.5.2 cmd/docker/builder.go forwardBuilder: `builder` → `buildx`), whose
 * output is buildx v0.29.1 commands/prune.go:
 *
 *   WARNING! This will remove all dangling build cache. Are you sure you want to continue? [y/N] y
 *   ID						RECLAIMABLE	SIZE		LAST ACCESSED
 *   rz080qv7kq5lhi63qstihgtvb*              	true 	6B        	Less than a second ago
 *   Total:	154B
 *
 * - the prompt (`all build cache` with -a) is buildx's own: `<msg> [y/N] `, one line read, only
 *   `y`/`Y` goes on; anything else ends quietly with status 0;
 * - each removed record is a row `%-40s\t%-5v\t%-10s\t%s` (ID with `*` when mutable, reclaimable =
 *   not in use, size with `*` when shared, last use `<HumanDuration> ago`) through a tabwriter
 *   (minwidth 1, tabwidth 8, padding 1, padded with tabs) that is flushed after every row: the
 *   header and the first row are aligned together, each later row on its own;
 * - `--verbose` prints the records as `Key:\tvalue` blocks instead; `Total:\t<size>` always ends.
 * - filters: `until` (or the older `unused-for`) is a Go duration; `id`, `type` and `description`
 *   select records; a second value for a key: `filters expect only one value`.
 * What is pruned: builder/build-cache-usage.ts.
 */
import type { Invocation } from '../../command.ts';
import type { DockerIO } from '../io.ts';
import { readAnswer } from '../prompt.ts';
import { humanDuration, humanSize } from '../../formatter/units.ts';
import { TabWriter, type TabwriterConfig } from '../../formatter/tabwriter.ts';
import { parseDuration, DurationError } from '../../go/duration.ts';
import { goTimeString } from '../../../util/go-time.ts';
import { pruneBuildCache, type UsageInfo } from '../../../builder/build-cache-usage.ts';

const NORMAL_WARNING = 'WARNING! This will remove all dangling build cache. Are you sure you want to continue?';
const ALL_WARNING = 'WARNING! This will remove all build cache. Are you sure you want to continue?';

/** tabwriter.NewWriter(os.Stdout, 1, 8, 1, '\t', 0). */
const TABS: TabwriterConfig = { minwidth: 1, tabwidth: 8, padding: 1, padchar: '\t' };

function tabbed(text: string): string {
  const tw = new TabWriter(TABS);
  tw.write(text);
  return tw.flush();
}

/** buildx's promptForConfirmation: `<msg> [y/N] `, then one line; only y or Y confirms (untrimmed). */
async function prompt(io: DockerIO, message: string): Promise<boolean> {
  await io.stdout(`${message} [y/N] `);
  return (await readAnswer(io)).toLowerCase() === 'y';
}

function row(u: UsageInfo, now: number): string {
  const id = `${u.ID}${u.Mutable ? '*' : ''}`;
  const size = `${humanSize(u.Size)}${u.Shared ? '*' : ''}`;
  const last = u.LastUsedAt === null ? '' : `${humanDuration(now - u.LastUsedAt)} ago`;
  return `${id.padEnd(40)}\t${String(!u.InUse).padEnd(5)}\t${size.padEnd(10)}\t${last}\n`;
}

function verbose(u: UsageInfo, now: number): string {
  let s = `ID:\t${u.ID}\n`;
  if (u.Parents && u.Parents.length > 0) s += `Parent:\t${u.Parents.join(',')}\n`;
  s += `Created at:\t${goTimeString(u.CreatedAt)}\n`;
  s += `Mutable:\t${u.Mutable}\n`;
  s += `Reclaimable:\t${!u.InUse}\n`;
  s += `Shared:\t${u.Shared}\n`;
  s += `Size:\t${humanSize(u.Size)}\n`;
  if (u.Description !== '') s += `Description:\t${u.Description}\n`;
  s += `Usage count:\t${u.UsageCount}\n`;
  if (u.LastUsedAt !== null) s += `Last used:\t${humanDuration(now - u.LastUsedAt)} ago\n`;
  s += `Type:\t${u.Type}\n\n`;
  return tabbed(s);
}

class FilterError extends Error {}

/** toBuildkitPruneInfo: the keep duration and the record filters. */
function pruneFilters(list: readonly string[]): { keep: number; filters: Array<{ key: string; value: string }> } {
  const byKey = new Map<string, string[]>();
  for (const f of list) {
    const i = f.indexOf('=');
    const key = (i < 0 ? f : f.slice(0, i)).trim().toLowerCase();
    byKey.set(key, [...(byKey.get(key) ?? []), i < 0 ? '' : f.slice(i + 1)]);
  }
  const until = byKey.get('until') ?? [];
  const unused = byKey.get('unused-for') ?? [];
  if (until.length > 0 && unused.length > 0) throw new FilterError('conflicting filters "until" and "unused-for"');
  const untilKey = unused.length > 0 ? 'unused-for' : 'until';
  const values = [...until, ...unused];
  let keep = 0;
  if (values.length > 1) throw new FilterError('filters expect only one value');
  if (values.length === 1) {
    try {
      keep = Number(parseDuration(values[0]) / 1_000_000n);
    } catch (e) {
      if (!(e instanceof DurationError)) throw e;
      throw new FilterError(`"${untilKey}" filter expects a duration (e.g., '24h'): ${e.message}`);
    }
  }
  const filters: Array<{ key: string; value: string }> = [];
  for (const [key, vals] of byKey) {
    if (key === untilKey) continue;
    if (vals.length > 1) throw new FilterError('filters expect only one value');
    filters.push({ key, value: vals[0] });
  }
  return { keep, filters };
}

export async function builderPrune(inv: Invocation, io: DockerIO): Promise<number> {
  const all = inv.flags.bool('all');
  let parsed;
  try {
    parsed = pruneFilters(inv.flags.list('filter'));
  } catch (e) {
    if (!(e instanceof FilterError)) throw e;
    await io.stderr(`ERROR: ${e.message}\n`);
    return 1;
  }
  if (!inv.flags.bool('force') && !(await prompt(io, all ? ALL_WARNING : NORMAL_WARNING))) return 0;
  const removed = pruneBuildCache(io.daemon, { all, keepDuration: parsed.keep, filters: parsed.filters });
  const now = io.daemon.now();
  let out = '';
  let total = 0;
  removed.forEach((u, i) => {
    total += u.Size;
    if (inv.flags.bool('verbose')) out += verbose(u, now);
    else out += tabbed(`${i === 0 ? 'ID\tRECLAIMABLE\tSIZE\tLAST ACCESSED\n' : ''}${row(u, now)}`);
  });
  out += tabbed(`Total:\t${humanSize(total)}\n`);
  await io.stdout(out);
  return 0;
}
