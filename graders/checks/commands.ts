/**
 * Reading the command log: which container a `docker exec` line ran in. Only the simple shapes a
 * student types are recognised (`docker exec [-it] [-u U] NAME CMD...`, also `docker container
 * exec`); anything else is not counted, which can only make a check stricter, never pass wrongly.
 */

/** `docker exec` options that take a value (docker/cli cli/command/container/exec.go). */
const VALUE_FLAGS = new Set(['-e', '--env', '--env-file', '-u', '--user', '-w', '--workdir', '--detach-keys']);

/** The container a `docker exec` command names, or undefined for any other command. */
export function execTarget(text: string): string | undefined {
  const words = text.trim().split(/\s+/);
  let i = 0;
  if (words[i] === 'sudo') i++;
  if (words[i++] !== 'docker') return undefined;
  if (words[i] === 'container') i++;
  if (words[i++] !== 'exec') return undefined;
  while (i < words.length && words[i].startsWith('-')) {
    const w = words[i++];
    if (VALUE_FLAGS.has(w)) i++;
  }
  return words[i];
}
