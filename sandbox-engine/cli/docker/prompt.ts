/**
 * docker/cli v28.5.2 internal/prompt Confirm: print `<message> [y/N] ` (no newline) and read one
 * line; only `y` or `Y` (spaces trimmed) confirms. End of input answers no. A refused prompt is a
 * "cancelled" error, which the CLI's main does not print: the command exits 0 silently.
 */
import type { DockerIO } from './io.ts';

export async function confirm(io: DockerIO, message: string): Promise<boolean> {
  await io.stdout(`${message || 'Are you sure you want to proceed?'} [y/N] `);
  return (await readAnswer(io)).trim().toLowerCase() === 'y';
}

/** One line of the answer to a prompt, without its line end ('' at end of input). */
export async function readAnswer(io: DockerIO): Promise<string> {
  const dec = new TextDecoder();
  let line = '';
  for (;;) {
    const chunk = await io.ctx.stdin.read();
    if (chunk === null) break;
    line += dec.decode(chunk, { stream: true });
    const nl = line.indexOf('\n');
    if (nl >= 0) {
      line = line.slice(0, nl);
      break;
    }
  }
  return line.replace(/\r$/, '');
}
