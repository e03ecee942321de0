/**
 * `docker history` (docker/cli v28.5.2 cli/command/image/history.go, formatter_history.go):
 * IMAGE, CREATED, CREATED BY (tabs as spaces, cut to 45 with `…` unless --no-trunc), SIZE,
 * COMMENT. -H=false shows RFC 3339 dates and byte counts; -q the IDs.
 */
import type { Invocation } from '../../command.ts';
import { DEFAULT_FORMATS, HISTORY_HEADERS } from '../../formatter/headers.ts';
import { ellipsis, truncateID } from '../../formatter/displayutils.ts';
import { humanDuration, humanSizeWithPrecision } from '../../formatter/units.ts';
import { FormatError, formatRows } from '../../template/docker.ts';
import { GO_TYPE } from '../../go/value.ts';
import { rfc3339 } from '../../../util/time.ts';
import { imageHistory, type HistoryItem } from '../../../daemon/image-history.ts';
import { reportError, type DockerIO } from '../io.ts';
import { isPlainJSONFormat, jsonRows } from './image-format.ts';

/** Items created before 2000-01-01 show N/A in the CREATED column. */
const EPOCH_2000 = Date.UTC(2000, 0, 1) / 1000;

function historyFormat(source: string, quiet: boolean, human: boolean): string {
  if (source !== 'table') return source;
  if (quiet) return DEFAULT_FORMATS.quiet;
  return human ? DEFAULT_FORMATS.history : DEFAULT_FORMATS.historyNonHuman;
}

/** historyContext's fields, sorted as its MarshalJSON writes them. */
function historyRow(h: HistoryItem, trunc: boolean, human: boolean, now: number): Record<string, string> {
  // time.Unix(0, 0).Format(time.RFC3339) is the epoch, not Go's zero time.
  const createdAt = h.Created === 0 ? '1970-01-01T00:00:00Z' : rfc3339(h.Created * 1000);
  let since = createdAt;
  if (human) since = h.Created <= EPOCH_2000 ? 'N/A' : `${humanDuration(now - h.Created * 1000)} ago`;
  const createdBy = h.CreatedBy.replaceAll('\t', ' ');
  const row: Record<string, string> = {
    Comment: h.Comment,
    CreatedAt: createdAt,
    CreatedBy: trunc ? ellipsis(createdBy, 45) : createdBy,
    CreatedSince: since,
    ID: trunc ? truncateID(h.Id) : h.Id,
    Size: human ? humanSizeWithPrecision(h.Size, 3) : String(h.Size),
  };
  (row as Record<symbol, string>)[GO_TYPE] = '*image.historyContext';
  return row;
}

export async function history(inv: Invocation, io: DockerIO): Promise<number> {
  let items: HistoryItem[];
  try {
    items = imageHistory(io.daemon, inv.args[0]);
  } catch (e) {
    return reportError(io, e);
  }
  const human = inv.flags.bool('human');
  const trunc = !inv.flags.bool('no-trunc');
  const format = historyFormat(inv.flags.string('format') || 'table', inv.flags.bool('quiet'), human);
  const now = io.daemon.now();
  try {
    const rows = items.map((h) => historyRow(h, trunc, human, now));
    await io.stdout(isPlainJSONFormat(format) ? jsonRows(rows) : formatRows({ format, rows, header: HISTORY_HEADERS }));
  } catch (e) {
    if (e instanceof FormatError) {
      await io.stderr(`${e.message}\n`);
      return e.status;
    }
    throw e;
  }
  return 0;
}
