/**
 * The caller's terminal shared with a container process (`run -it`, `exec -it`, `attach` to a -t
 * container). Ctrl-C on a real terminal is the byte \x03: the container's terminal turns it into
 * SIGINT for its foreground process group. An interactive shell survives it and its running
 * command stops; a PID 1 without a handler ignores it. The simulator has that case only for the
 * shells it runs interactively, so only they get the interrupt.
 */
export const NOT_A_TTY = 'the input device is not a TTY';

const SHELLS = new Set(['sh', 'ash', 'bash', 'dash']);

/** Whether argv starts a shell that reads its commands from the terminal (no -c, no script). */
export function isInteractiveShell(argv: readonly string[]): boolean {
  const name = (argv[0] ?? '').split('/').pop() ?? '';
  if (!SHELLS.has(name)) return false;
  for (const a of argv.slice(1)) {
    if (a === '-' || a === '--') return true;
    if (!a.startsWith('-') && !a.startsWith('+')) return false;
    if (!a.startsWith('--') && a.slice(1).includes('c')) return false;
  }
  return true;
}

/**
 * What Ctrl-C does to the process: nothing when it waits at its prompt (the terminal's interrupt
 * already ended that read and the shell shows a new prompt), else its command stops.
 */
export function ctrlC(argv: readonly string[], waitingForInput: boolean, interrupt: () => void): void {
  if (waitingForInput || !isInteractiveShell(argv)) return;
  interrupt();
}
