/**
 * `docker volume ls` rows (docker/cli v28.5.2 cli/command/formatter/volume.go volumeContext): the
 * fields a `--format` template sees, `{{json .}}` giving them with sorted keys (formatter
 * MarshalJSON; `Label` takes an argument and is left out). Labels print as `k=v` joined by
 * commas, in key order here (Go's map order is random). Size and Links are `N/A` unless the
 * daemon measured them (it does not for `ls`); cluster fields are `N/A` off a swarm.
 */
import { GO_TYPE } from '../../go/value.ts';
import { humanSize } from '../../formatter/units.ts';
import type { VolumeInfo } from '../../../volume/types.ts';

export const DEFAULT_VOLUME_TABLE = 'table {{.Driver}}\t{{.Name}}';
const DEFAULT_VOLUME_QUIET = '{{.Name}}';

/** formatter.NewVolumeFormat. */
export function volumeFormat(source: string, quiet: boolean): string {
  if (source === 'table') return quiet ? DEFAULT_VOLUME_QUIET : DEFAULT_VOLUME_TABLE;
  if (source === 'raw') return quiet ? 'name: {{.Name}}' : 'name: {{.Name}}\\ndriver: {{.Driver}}\\n';
  return source;
}

export function volumeRow(v: VolumeInfo): Record<string | symbol, unknown> {
  const labels = v.Labels ?? null;
  const row: Record<string | symbol, unknown> = {
    Availability: 'N/A',
    Driver: v.Driver,
    Group: 'N/A',
    Labels:
      labels === null
        ? ''
        : Object.keys(labels)
            .sort()
            .map((k) => `${k}=${labels[k]}`)
            .join(','),
    Links: v.UsageData ? String(v.UsageData.RefCount) : 'N/A',
    Mountpoint: v.Mountpoint,
    Name: v.Name,
    Scope: v.Scope,
    Size: v.UsageData ? humanSize(v.UsageData.Size) : 'N/A',
    Status: 'N/A',
    Label: (name: unknown) => (labels === null ? '' : (labels[String(name)] ?? '')),
  };
  row[GO_TYPE] = '*formatter.volumeContext';
  return row;
}

/** sortorder.NaturalLess (fvbommel/sortorder): digit runs compare as numbers, digits first. */
export function naturalLess(a: string, b: string): boolean {
  const isDigit = (c: string) => c >= '0' && c <= '9';
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) {
    const d1 = isDigit(a[i]);
    const d2 = isDigit(b[j]);
    if (d1 !== d2) return d1;
    if (!d1) {
      if (a[i] !== b[j]) return a[i] < b[j];
      i++;
      j++;
      continue;
    }
    while (i < a.length && a[i] === '0') i++;
    while (j < b.length && b[j] === '0') j++;
    const n1 = i;
    const n2 = j;
    while (i < a.length && isDigit(a[i])) i++;
    while (j < b.length && isDigit(b[j])) j++;
    if (i - n1 !== j - n2) return i - n1 < j - n2;
    const r1 = a.slice(n1, i);
    const r2 = b.slice(n2, j);
    if (r1 !== r2) return r1 < r2;
    if (n1 !== n2) return n1 < n2;
  }
  return a.length < b.length;
}
