/**
 * `docker network ls` rows (docker/cli v28.5.2 cli/command/network/formatter.go networkContext):
 * the fields a `--format` template sees, `{{json .}}` giving them with sorted keys (formatter
 * MarshalJSON; `Label` takes an argument and is left out). IDs are truncated to 12 unless
 * --no-trunc; booleans print as `true`/`false`; CreatedAt is Go's time.String().
 */
import { GO_TYPE } from '../../go/value.ts';
import { goTimeString } from '../../../util/go-time.ts';
import type { NetworkRecord } from '../../../network/types.ts';

export const DEFAULT_NETWORK_TABLE = 'table {{.ID}}\t{{.Name}}\t{{.Driver}}\t{{.Scope}}';

/** The header map (formatWrite's SubHeaderContext). */
export const NETWORK_HEADERS: Readonly<Record<string, string>> = {
  ID: 'NETWORK ID',
  Name: 'NAME',
  Driver: 'DRIVER',
  Scope: 'SCOPE',
  IPv4: 'IPV4',
  IPv6: 'IPV6',
  Internal: 'INTERNAL',
  Labels: 'LABELS',
  CreatedAt: 'CREATED AT',
};

/** newFormat. */
export function networkFormat(source: string, quiet: boolean): string {
  if (source === 'table') return quiet ? '{{.ID}}' : DEFAULT_NETWORK_TABLE;
  if (source === 'raw') return quiet ? 'network_id: {{.ID}}' : 'network_id: {{.ID}}\\nname: {{.Name}}\\ndriver: {{.Driver}}\\nscope: {{.Scope}}\\n';
  return source;
}

export function networkRow(n: NetworkRecord, trunc: boolean): Record<string | symbol, unknown> {
  const row: Record<string | symbol, unknown> = {
    CreatedAt: goTimeString(n.created),
    Driver: n.driver,
    ID: trunc ? n.id.slice(0, 12) : n.id,
    IPv4: 'true',
    IPv6: 'false',
    Internal: 'false',
    // The predefined networks have an empty (non-nil) label map.
    Labels: '',
    Name: n.name,
    Scope: 'local',
    Label: () => '',
  };
  row[GO_TYPE] = '*network.networkContext';
  return row;
}
