/**
 * What xterm.js hands over as typed (`onData`): single keys, escape sequences for arrows and
 * friends, or a whole pasted text. Split into keys: one escape sequence, one control character,
 * or one printable code point each; CR LF (a paste from Windows) counts as one Enter.
 */
const ESCAPE = /^\x1b(?:\[[0-9;?]*[ -\/]*[@-~]|O[@-~]|.)?/s;

export function splitKeys(data: string): string[] {
  const keys: string[] = [];
  let i = 0;
  while (i < data.length) {
    const rest = data.slice(i);
    if (rest.startsWith('\x1b')) {
      const m = ESCAPE.exec(rest)![0];
      keys.push(m);
      i += m.length;
      continue;
    }
    if (rest.startsWith('\r\n')) {
      keys.push('\r');
      i += 2;
      continue;
    }
    const cp = String.fromCodePoint(rest.codePointAt(0)!);
    keys.push(cp);
    i += cp.length;
  }
  return keys;
}
