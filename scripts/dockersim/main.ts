/**
 * dockersim: the course's simulated Docker host in a terminal. Started by scripts/dockersim.mjs
 * (which makes sure a Node that strips types runs it); also runnable directly:
 *   node_modules/.bin/node scripts/dockersim/main.ts -c 'echo hi'
 * Usage is in args.ts (USAGE) and `dockersim --help`.
 */
import { readFileSync } from 'node:fs';
import { createHost, restoreHost } from '../../sandbox-engine/host/host.ts';
import type { Host } from '../../sandbox-engine/host/types.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';
import type { CliOptions } from './args.ts';
import { parseArgs, USAGE } from './args.ts';
import { runBatch } from './batch.ts';
import { ByteQueue, emptyInput, stdinQueue } from './input.ts';
import { runInteractive } from './interactive.ts';
import { loadState, saveState } from './state-file.ts';

const USAGE_ERROR = 2;

function version(): string {
  const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };
  return pkg.version;
}

function openHost(options: CliOptions): Host {
  const saved = options.stateFile === undefined ? undefined : loadState(options.stateFile);
  if (saved === undefined) return createHost({ seed: options.seed });
  try {
    return restoreHost(saved);
  } catch (err) {
    throw new Error(`${options.stateFile}: cannot restore the host: ${(err as Error).message}`);
  }
}

async function readAllStdin(): Promise<string> {
  const parts: Buffer[] = [];
  for await (const chunk of process.stdin) parts.push(chunk as Buffer);
  return Buffer.concat(parts).toString('utf8');
}

/** Resolves once everything written so far has been handed to the OS. */
function flush(stream: NodeJS.WriteStream): Promise<void> {
  return new Promise((resolve) => {
    if (stream.destroyed || !stream.writable) resolve();
    else stream.write('', () => resolve());
  });
}

async function main(argv: readonly string[]): Promise<number> {
  const parsed = parseArgs(argv);
  if (parsed.kind === 'help') {
    process.stdout.write(USAGE);
    return 0;
  }
  if (parsed.kind === 'version') {
    process.stdout.write(`dockersim ${version()}\n`);
    return 0;
  }
  if (parsed.kind === 'error') {
    process.stderr.write(`dockersim: ${parsed.message}\nTry 'dockersim --help' for more information.\n`);
    return USAGE_ERROR;
  }
  const { options } = parsed;

  let host: Host;
  try {
    host = openHost(options);
  } catch (err) {
    process.stderr.write(`dockersim: ${(err as Error).message}\n`);
    return 1;
  }

  const interactive = options.source.kind === 'stdin' && Boolean(process.stdin.isTTY);
  // A script read from stdin has used it up; the commands in it then read an empty input.
  const terminalInput = interactive ? new ByteQueue(true) : undefined;
  const stdin: ByteQueue =
    terminalInput ?? (options.source.kind === 'stdin' ? emptyInput() : stdinQueue(process.stdin));

  // A reader that went away (`dockersim -c 'yes' | head -1`): drop further output and stop the
  // command, as SIGPIPE would, instead of dying on an unhandled EPIPE.
  let outputGone = false;
  const session = createSession({
    host,
    user: 'student',
    stdin,
    tty: interactive || Boolean(process.stdout.isTTY),
    columns: process.stdout.columns || 80,
    onOutput: (text, stream) => {
      if (!outputGone) (stream === 'stderr' ? process.stderr : process.stdout).write(text);
    },
    // A macrotask turn, so signals and keypresses get through during long loops.
    yieldControl: () => new Promise((resolve) => setImmediate(resolve)),
  });
  for (const s of [process.stdout, process.stderr]) {
    s.on('error', (err: NodeJS.ErrnoException) => {
      if (err.code !== 'EPIPE') throw err;
      outputGone = true;
      session.interrupt();
    });
  }

  // Ctrl-C outside raw mode (a script, -c): interrupt the script; a second one gives up at once.
  let interrupts = 0;
  process.on('SIGINT', () => {
    if (++interrupts > 1) process.exit(130);
    session.interrupt();
    stdin.signalEof();
  });

  let status = terminalInput
    ? await runInteractive(session, { input: process.stdin, output: process.stdout }, terminalInput)
    : await runBatch(session, options.source, {
        readScriptFromStdin: readAllStdin,
        error: (text) => process.stderr.write(text),
      });

  if (options.stateFile !== undefined) {
    try {
      saveState(options.stateFile, host.serialize());
    } catch (err) {
      process.stderr.write(`dockersim: cannot save the host to ${options.stateFile}: ${(err as Error).message}\n`);
      if (status === 0) status = 1;
    }
  }
  return status;
}

const status = await main(process.argv.slice(2));
await flush(process.stdout);
await flush(process.stderr);
// Exit explicitly: a tapped standard input would otherwise keep the process alive.
process.exit(status);
