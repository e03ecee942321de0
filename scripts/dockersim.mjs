#!/usr/bin/env node
// dockersim launcher. The CLI is TypeScript (scripts/dockersim/main.ts), which Node runs directly
// from 22.18 on (type stripping). This file stays plain JavaScript that any Node can parse, so
// `npx dockersim` works even where the machine's `node` is older: it then re-runs itself with the
// Node 24 that the project pins as a devDependency (node_modules/node).
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const MIN = [22, 18];
const REEXEC_MARK = 'DOCKERSIM_REEXEC';

function nodeIsRecentEnough() {
  const [major, minor] = process.versions.node.split('.').map(Number);
  return major > MIN[0] || (major === MIN[0] && minor >= MIN[1]);
}

if (nodeIsRecentEnough()) {
  await import('./dockersim/main.ts');
} else {
  reexec();
}

function reexec() {
  const here = fileURLToPath(import.meta.url);
  const root = dirname(dirname(here));
  const candidates = [join(root, 'node_modules', '.bin', 'node'), join(root, 'node_modules', 'node', 'bin', 'node')];
  const nodeBin = candidates.find((p) => existsSync(p));
  if (process.env[REEXEC_MARK] || !nodeBin) {
    // Already re-run once (the project's node is old too), or there is no project node at all.
    process.stderr.write(
      `dockersim: needs Node.js >= ${MIN.join('.')}, found ${process.versions.node}` +
        (nodeBin ? ` (also at ${nodeBin})` : '; run `npm install` in ' + root + ' to get it') +
        '\n',
    );
    process.exit(1);
  }
  const child = spawn(nodeBin, [here, ...process.argv.slice(2)], {
    stdio: 'inherit',
    env: { ...process.env, [REEXEC_MARK]: '1' },
  });
  // Ctrl-C from the terminal reaches the child directly (same process group): don't die first,
  // and don't send it a second time. Other termination signals aimed at us are passed on.
  process.on('SIGINT', () => {});
  for (const sig of ['SIGTERM', 'SIGHUP']) process.on(sig, () => child.kill(sig));
  child.on('error', (err) => {
    process.stderr.write(`dockersim: cannot run ${nodeBin}: ${err.message}\n`);
    process.exit(1);
  });
  child.on('exit', (code, signal) => {
    if (code !== null) process.exit(code);
    // Die of the same signal, so our parent sees what the child saw.
    process.removeAllListeners(signal);
    process.kill(process.pid, signal);
  });
}
