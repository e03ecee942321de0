/** One line of a process's standard input (without its newline), or null at end of input. */
import type { InputStream } from '../shell/process.ts';
import { fromUtf8 } from '../util/text.ts';

export async function readLine(stdin: InputStream): Promise<string | null> {
  let acc = '';
  for (;;) {
    const chunk = await stdin.read();
    if (chunk === null) return acc === '' ? null : acc;
    acc += fromUtf8(chunk);
    const i = acc.indexOf('\n');
    if (i >= 0) return acc.slice(0, i);
  }
}
