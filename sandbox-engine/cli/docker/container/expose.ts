/**
 * `--expose` (docker/cli v28.5.2 cli/command/container/opts.go parse): `<port>[/<proto>]` or
 * `<start>-<end>[/<proto>]`, tcp by default, each port of the range added to Config.ExposedPorts.
 * Errors recorded from CLI 28.2.2 (same vendored go-connections nat.ParsePortRange):
 *   --expose 1:2   -> invalid port format for --expose: 1:2
 *   --expose abc   -> invalid range format for --expose: abc, error: strconv.ParseUint: parsing "abc": invalid syntax
 *   --expose 90-80 -> invalid range format for --expose: 90-80, error: invalid range specified for port: 90-80
 */
import { NumError, parseUint } from '../../go/strconv.ts';

export class ExposeError extends Error {}

/** nat.ParsePortRange. */
function portRange(port: string): [number, number] {
  if (port === '') throw new Error('empty string specified for ports');
  const num = (s: string): number => {
    try {
      return parseUint(s, 10, 16);
    } catch (e) {
      if (e instanceof NumError) throw new Error(e.message);
      throw e;
    }
  };
  if (!port.includes('-')) {
    const p = num(port);
    return [p, p];
  }
  const [a, b] = port.split('-');
  const start = num(a);
  const end = num(b);
  if (end < start) throw new Error(`invalid range specified for port: ${port}`);
  return [start, end];
}

/** Config.ExposedPorts from the --expose values, or undefined when there are none. */
export function exposedPorts(values: readonly string[]): Record<string, Record<string, never>> | undefined {
  if (values.length === 0) return undefined;
  const out: Record<string, Record<string, never>> = {};
  for (const e of values) {
    if (e.includes(':')) throw new ExposeError(`invalid port format for --expose: ${e}`);
    // nat.SplitProtoPort: `port/proto`, tcp when the protocol is missing.
    const parts = e.split('/');
    const port = parts[0];
    const proto = parts.length === 1 || parts[1] === '' ? 'tcp' : parts[1];
    let range: [number, number];
    try {
      range = portRange(port);
    } catch (err) {
      throw new ExposeError(`invalid range format for --expose: ${e}, error: ${(err as Error).message}`);
    }
    for (let p = range[0]; p <= range[1]; p++) out[`${p}/${proto}`] ??= {};
  }
  return out;
}
