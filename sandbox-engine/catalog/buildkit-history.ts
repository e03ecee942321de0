/**
 * History `created_by` strings as BuildKit's Dockerfile frontend records them for images on
 * Docker Hub (docker-semantics.md §4.3).
 *
 * A RUN's logical line is what the parser joins: each line ending in the escape character loses
 * that backslash (what precedes it, spaces included, stays), comment lines inside the instruction
 * are dropped, the rest is concatenated. Shell form then reads `RUN /bin/sh -c <cmd> # buildkit`.
 * This reproduces, e.g., `set -x     && addgroup -g 101 -S nginx` from nginx's Dockerfile.
 */
export function joinInstruction(source: string): string {
  const lines = source.replace(/\n$/, '').split('\n');
  let out = '';
  for (const line of lines) {
    if (/^\s*#/.test(line)) continue;
    out += line.endsWith('\\') ? line.slice(0, -1) : line;
  }
  return out;
}

/** `RUN /bin/sh -c … # buildkit` from a RUN instruction's source text (starting with `RUN `). */
export function runCreatedBy(source: string): string {
  const joined = joinInstruction(source);
  if (!joined.startsWith('RUN ')) throw new Error('not a RUN instruction');
  return `RUN /bin/sh -c ${joined.slice(4)} # buildkit`;
}
