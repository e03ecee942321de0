/**
 * apt's number and list formats (apt 2.7.14, apt-pkg/contrib/strutl.cc and
 * apt-private/private-output.h, read at the tag).
 */

/** printf("%.Nf") as glibc rounds: half to even on the binary value. */
function fixed(n: number, digits: number): string {
  const f = 10 ** digits;
  const x = n * f;
  let r = Math.round(x);
  if (Math.abs(x % 1) === 0.5 && r % 2 !== 0) r -= 1;
  return (r / f).toFixed(digits);
}

/** SizeToStr: `9490 `, `74.3 k`, `1003 k`, `19.3 M` (the caller appends `B`). */
export function sizeToStr(size: number): string {
  const ext = ['', 'k', 'M', 'G', 'T', 'P', 'E', 'Z', 'Y'];
  let a = Math.abs(size);
  for (let i = 0; i <= 8; i++) {
    if (a < 100 && i !== 0) return `${fixed(a, 1)} ${ext[i]}`;
    if (a < 10000) return `${fixed(a, 0)} ${ext[i]}`;
    a /= 1000;
  }
  return '';
}

/** TimeToStr: `0s`, `15s`, `1min 2s`. */
export function timeToStr(sec: number): string {
  if (sec > 86400) return `${Math.floor(sec / 86400)}d ${Math.floor(sec / 3600) % 24}h ${Math.floor(sec / 60) % 60}min ${sec % 60}s`;
  if (sec > 3600) return `${Math.floor(sec / 3600)}h ${Math.floor(sec / 60) % 60}min ${sec % 60}s`;
  if (sec > 60) return `${Math.floor(sec / 60)}min ${sec % 60}s`;
  return `${sec}s`;
}

/**
 * ShowList: a title, then the names on lines starting with two spaces, wrapped before a name
 * that would reach the screen width less 3 (79 columns without a terminal: 80 less the cursor).
 */
export function showList(title: string, names: readonly string[], screenWidth = 79): string {
  if (!names.length) return '';
  const width = screenWidth > 3 ? screenWidth - 3 : 0;
  let out = title;
  let used = 0;
  for (const n of names) {
    if (used === 0 || used + n.length >= width) {
      out += '\n  ';
      used = 0;
    } else {
      out += ' ';
      used++;
    }
    out += n;
    used += n.length;
  }
  return `${out}\n`;
}
