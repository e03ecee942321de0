import { it } from 'vitest';
import { engine } from './lifecycle-fixture.ts';
it('try', async () => {
  const e = await engine();
  const lines = process.env.LINES!.split('\n');
  for (const l of lines) console.log('$ ' + l + '\n' + JSON.stringify(await e.run(l)));
}, 60000);
