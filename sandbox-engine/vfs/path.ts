/** POSIX path arithmetic on strings; no file-system access. */

/** Components of an absolute or relative path, without empty ones and `.`; `..` is kept. */
export function splitPath(path: string): string[] {
  const out: string[] = [];
  for (const p of path.split('/')) if (p !== '' && p !== '.') out.push(p);
  return out;
}

/** Lexically normalized absolute path: `cwd` + `path`, with `.` and `..` folded. */
export function normalize(path: string, cwd = '/'): string {
  const parts: string[] = [];
  const all = path.startsWith('/') ? path : `${cwd}/${path}`;
  for (const p of all.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return '/' + parts.join('/');
}

export function join(dir: string, name: string): string {
  return dir === '/' ? `/${name}` : `${dir}/${name}`;
}

/** POSIX dirname of a normalized absolute path. */
export function parentOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i <= 0 ? '/' : path.slice(0, i);
}

export function baseName(path: string): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return path.startsWith('/') ? '/' : '';
  return trimmed.slice(trimmed.lastIndexOf('/') + 1);
}

/** Whether `path` is `prefix` or inside it (both normalized absolute). */
export function isWithin(path: string, prefix: string): boolean {
  return prefix === '/' || path === prefix || path.startsWith(prefix + '/');
}
