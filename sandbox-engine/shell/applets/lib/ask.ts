/**
 * Interactive confirmation (rm -i, cp -i, mv -i, the write-protected prompt): print the question on
 * stderr, read one line of stdin, and take an answer starting with y or Y as yes (rpmatch in the C
 * locale; busybox's bb_ask_y_confirmation skips leading blanks first). End of input is "no".
 */
import type { ProcessContext } from '../../process.ts';

async function readLine(ctx: ProcessContext): Promise<string | null> {
  let line = '';
  const dec = new TextDecoder();
  for (;;) {
    const chunk = await ctx.stdin.read();
    if (chunk === null) return line === '' ? null : line;
    line += dec.decode(chunk, { stream: true });
    const nl = line.indexOf('\n');
    if (nl >= 0) return line.slice(0, nl);
  }
}

export async function askYes(ctx: ProcessContext, question: string): Promise<boolean> {
  await ctx.stderr.write(question);
  const answer = await readLine(ctx);
  if (answer === null) return false;
  const a = ctx.flavour === 'busybox' ? answer.trimStart() : answer;
  return a.startsWith('y') || a.startsWith('Y');
}
