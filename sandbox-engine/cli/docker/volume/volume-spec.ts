/**
 * How the CLI reads a `-v` value before sending it (docker/cli v28.5.2 internal/volumespec
 * volumespec.go Parse, and cli/command/container/opts.go parse): a spec with a source goes to
 * HostConfig.Binds (a source starting with `.` made absolute against the client's directory),
 * a bare path to Config.Volumes (an anonymous volume). The parser knows nothing about the target
 * platform, so a one-letter source followed by `:` reads as a Windows drive (`c:/x`).
 */

export class VolumeSpecError extends Error {}

interface VolumeConfig {
  type: 'volume' | 'bind';
  source: string;
  target: string;
}

const isLetter = (ch: string) => /^\p{L}$/u.test(ch);

function isWindowsDrive(buffer: string[], ch: string): boolean {
  return ch === ':' && buffer.length === 1 && isLetter(buffer[0]);
}

function isFilePath(source: string): boolean {
  if ('./~'.includes(source[0])) return true;
  const runes = [...source];
  if (runes.length === 1) return false;
  if (source.startsWith('\\\\')) return true;
  return isWindowsDrive([runes[0]], runes[1]);
}

/** volumespec.Parse: the fields, or the CLI's `invalid spec: ...` error. */
export function parseVolumeSpec(spec: string): VolumeConfig {
  const v: VolumeConfig = { type: 'volume', source: '', target: '' };
  const runes = [...spec];
  if (runes.length === 0) throw new VolumeSpecError('invalid empty volume spec');
  if (spec.length <= 2) return { type: 'volume', source: '', target: spec };
  let buffer: string[] = [];
  const END = '\u0000';
  for (const ch of [...runes, END]) {
    if (isWindowsDrive(buffer, ch)) buffer.push(ch);
    else if (ch === ':' || ch === END) {
      const err = populateField(ch === END, buffer.join(''), v);
      if (err) throw new VolumeSpecError(`invalid spec: ${spec}: ${err}`);
      buffer = [];
    } else buffer.push(ch);
  }
  v.type = v.source !== '' && isFilePath(v.source) ? 'bind' : 'volume';
  return v;
}

function populateField(end: boolean, s: string, v: VolumeConfig): string | null {
  if (s === '') return 'empty section between colons';
  if (v.source === '' && end) {
    v.target = s;
    return null;
  }
  if (v.source === '') {
    v.source = s;
    return null;
  }
  if (v.target === '') {
    v.target = s;
    return null;
  }
  if (!end) return 'too many colons';
  // Options (ro, rw, nocopy, propagation) are the daemon's to check.
  return null;
}

/**
 * The `-v` values of a run/create: Binds for specs with a source, Config.Volumes for the rest.
 * `cwd` is the client's working directory (filepath.Abs).
 */
export function splitVolumeFlags(values: readonly string[], cwd: string): { binds: string[]; volumes: Record<string, Record<string, never>> } {
  const binds: string[] = [];
  const volumes: Record<string, Record<string, never>> = {};
  const seen = new Set<string>();
  for (const raw of values) {
    // copts.volumes.GetMap(): each distinct value once.
    if (seen.has(raw)) continue;
    seen.add(raw);
    const parsed = parseVolumeSpec(raw);
    if (parsed.source === '') {
      volumes[raw] = {};
      continue;
    }
    let bind = raw;
    if (parsed.type === 'bind') {
      const i = raw.indexOf(':');
      if (i >= 0) {
        let hostPart = raw.slice(0, i);
        if (!hostPart.startsWith('/') && hostPart.startsWith('.')) hostPart = absPath(hostPart, cwd);
        bind = `${hostPart}:${raw.slice(i + 1)}`;
      }
    }
    binds.push(bind);
  }
  return { binds, volumes };
}

/** filepath.Abs: joined with the working directory and cleaned. */
export function absPath(p: string, cwd: string): string {
  const parts: string[] = [];
  for (const seg of `${cwd}/${p}`.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') parts.pop();
    else parts.push(seg);
  }
  return `/${parts.join('/')}`;
}
