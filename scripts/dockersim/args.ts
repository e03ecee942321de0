/**
 * Command-line parsing for dockersim. Options come first; like bash, the first non-option word
 * (or the string after -c) ends them, and everything after belongs to the script.
 *
 *   dockersim [--seed N] [--state FILE] FILE [ARG...]
 *   dockersim [--seed N] [--state FILE] -c COMMANDS [NAME [ARG...]]
 *   dockersim [--seed N] [--state FILE]              (stdin, or interactive on a terminal)
 */

export type Source =
  | { kind: 'file'; file: string; args: string[] }
  | { kind: 'command'; command: string; name: string; args: string[] }
  /** Standard input: a script when it is not a terminal, an interactive session when it is. */
  | { kind: 'stdin' };

export interface CliOptions {
  seed?: number;
  stateFile?: string;
  source: Source;
}

export type ParseResult =
  | { kind: 'run'; options: CliOptions }
  | { kind: 'help' }
  | { kind: 'version' }
  /** A usage error: print `message`, exit 2. */
  | { kind: 'error'; message: string };

/** $0 for -c without NAME and for scripts read from stdin, as bash sets it. */
export const DEFAULT_NAME = 'bash';

export function parseArgs(argv: readonly string[]): ParseResult {
  let seed: number | undefined;
  let stateFile: string | undefined;
  let i = 0;

  // `--seed N` and `--seed=N` alike; returns the value or an error message.
  const valueOf = (opt: string): string | { error: string } => {
    const arg = argv[i]!;
    if (arg.startsWith(opt + '=')) return arg.slice(opt.length + 1);
    if (i + 1 >= argv.length) return { error: `${opt}: option requires an argument` };
    i++;
    return argv[i]!;
  };

  for (; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      i++;
      break;
    }
    if (arg === '--help') return { kind: 'help' };
    if (arg === '--version') return { kind: 'version' };
    if (arg === '--seed' || arg.startsWith('--seed=')) {
      const v = valueOf('--seed');
      if (typeof v !== 'string') return { kind: 'error', message: v.error };
      if (!/^\d+$/.test(v) || Number(v) > 0xffffffff) {
        return { kind: 'error', message: `--seed: '${v}' is not a whole number from 0 to 4294967295` };
      }
      seed = Number(v);
      continue;
    }
    if (arg === '--state' || arg.startsWith('--state=')) {
      const v = valueOf('--state');
      if (typeof v !== 'string') return { kind: 'error', message: v.error };
      if (v === '') return { kind: 'error', message: '--state: empty file name' };
      stateFile = v;
      continue;
    }
    if (arg === '-c') {
      if (i + 1 >= argv.length) return { kind: 'error', message: '-c: option requires an argument' };
      const rest = argv.slice(i + 2);
      return {
        kind: 'run',
        options: {
          seed,
          stateFile,
          source: { kind: 'command', command: argv[i + 1]!, name: rest[0] ?? DEFAULT_NAME, args: rest.slice(1) },
        },
      };
    }
    if (arg.startsWith('-') && arg !== '-') return { kind: 'error', message: `${arg}: invalid option` };
    break;
  }

  const rest = argv.slice(i);
  const source: Source =
    rest.length === 0 ? { kind: 'stdin' } : { kind: 'file', file: rest[0]!, args: rest.slice(1) };
  return { kind: 'run', options: { seed, stateFile, source } };
}

export const USAGE = `Usage: dockersim [OPTION]... [FILE [ARG]...]
       dockersim [OPTION]... -c COMMANDS [NAME [ARG]...]
Run shell commands on a simulated Docker host (user student, in /home/student):
the engine the course runs in the browser, here in a terminal.

  FILE          run FILE (read from this computer's disk) as \`bash FILE\` would;
                ARGs become $1, $2...
  -c COMMANDS   run COMMANDS as \`bash -c\` would; NAME sets $0, ARGs set $1...
  (neither)     read commands from standard input; when it is a terminal,
                start an interactive session (Ctrl-C interrupts, Ctrl-D exits)

Options:
  --seed N      seed for the IDs and randomness of a fresh host (default 1)
  --state FILE  load the host from FILE if it exists (--seed is then unused),
                and save it back to FILE when the run ends; Docker's images and
                containers too (a container still running then comes back
                stopped, Exited (255), as after a power loss)
  --help        show this help and exit
  --version     show the version and exit

Exit status: that of the commands run; 2 for a usage error.
`;
