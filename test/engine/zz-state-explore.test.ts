import { it, expect } from 'vitest';
import { createHost, restoreHost, type SimHost } from '../../sandbox-engine/host/host.ts';
import { createSession } from '../../sandbox-engine/shell/session.ts';

function sess(host: SimHost) {
  let out = '';
  const s = createSession({ host, tty: false, onOutput: (t) => (out += t) });
  return async (line: string) => { out = ''; const r = await s.input(line); return out + `[${(r as any).status}]`; };
}
it('explore', async () => {
  const a = createHost({ seed: 3 });
  const run = sess(a);
  for (const l of ['docker pull -q busybox', 'docker run --name tt busybox sh -c "echo hi > /f; rm /bin/ls"', 'docker commit tt img', 'docker tag img img:v2', 'docker create --name cc busybox echo x', 'docker ps -as', 'docker diff tt', 'docker create -w /app --name ww busybox stat -c "%d %i" / /app', 'docker cp ww:/app /tmp/x', 'docker export tt >/dev/null'])
    console.log(await run(l));
  const s1 = JSON.stringify(a.serialize());
  const b = restoreHost(JSON.parse(s1));
  const s2 = JSON.stringify(b.serialize());
  expect(s2 === s1).toBe(true);
  const runb = sess(b); const run2 = sess(a);
  const more = ['docker start -a ww', 'docker start -a cc', 'docker run --name vv -w /q busybox stat -c "%d %i" / /q /etc/hostname', 'docker run --name uu img cat /f', 'docker ps -as', 'docker diff tt', 'docker inspect tt', 'stat -c "%d %i" /etc/hostname'];
  for (const l of more) { const x = await run2(l); const y = await runb(l); if (x !== y) console.log('DIFF', l, x, y); }
  const sa = JSON.stringify(a.serialize()), sb = JSON.stringify(b.serialize());
  if (sa !== sb) {
    let i = 0; while (sa[i] === sb[i]) i++;
    console.log('state differs at', i, sa.slice(i - 100, i + 100), '\n----\n', sb.slice(i - 100, i + 100));
  }
  expect(sa === sb).toBe(true);
}, 60000);
