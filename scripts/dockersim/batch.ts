/**
 * Non-interactive runs: `dockersim FILE`, `dockersim -c`, and a script on standard input. Each is
 * handed whole to `session.runScript`, as bash reads a script file; the messages for a FILE that
 * cannot be read are bash's (`bash: x: No such file or directory`, status 127; 126 otherwise).
 */
import { readFileSync } from 'node:fs';
import type { ShellSession } from '../../sandbox-engine/shell/session-types.ts';
import type { Source } from './args.ts';
import { DEFAULT_NAME } from './args.ts';

export interface BatchIO {
  /** The real standard input, when the script itself comes from it. */
  readScriptFromStdin(): Promise<string>;
  error(text: string): void;
}

const READ_ERRORS: Record<string, [string, number]> = {
  ENOENT: ['No such file or directory', 127],
  ENOTDIR: ['Not a directory', 127],
  EISDIR: ['Is a directory', 126],
  EACCES: ['Permission denied', 126],
};

export async function runBatch(session: ShellSession, source: Source, io: BatchIO): Promise<number> {
  switch (source.kind) {
    case 'command':
      return session.runScript(source.command, { name: source.name, args: source.args, mode: 'command' });
    case 'stdin':
      return session.runScript(await io.readScriptFromStdin(), { name: DEFAULT_NAME, args: [], mode: 'command' });
    case 'file': {
      let text: string;
      try {
        text = readFileSync(source.file, 'utf8');
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code ?? '';
        const [message, status] = READ_ERRORS[code] ?? [(err as Error).message, 126];
        io.error(`dockersim: ${source.file}: ${message}\n`);
        return status;
      }
      return session.runScript(text, { name: source.file, args: source.args, mode: 'file' });
    }
  }
}
