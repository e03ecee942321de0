import { it } from 'vitest';
import { createHost } from '/work/main/sandbox-engine/host/host.ts';
import { createSession } from '/work/main/sandbox-engine/shell/session.ts';
import { firstDifference } from '/work/main/test/engine/state-fixture.ts';
async function go(checks: boolean) {
  const host = createHost({ seed: 1 });
  let out = '';
  const s = createSession({ host, tty: false, onOutput: (t) => (out += t) });
  await s.input('docker run --name c1 -d alpine sh -c "rm -rf /etc/apk /bin/ls; mkdir -p /d/e; touch /d/e/f"');
  if (checks) { JSON.stringify(host.serialize()); }
  await s.input('docker ps -a -q --no-trunc');
  return { out, st: JSON.stringify(host.serialize()) };
}
it('x', async () => {
  const a = await go(true), b = await go(false);
  console.log(a.out, b.out, firstDifference(a.st, b.st));
});
