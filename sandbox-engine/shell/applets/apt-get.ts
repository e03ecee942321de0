/** apt-get: Ubuntu's package tool over the offline noble archive (pkg/ubuntu/apt-get.ts). */
import type { Applet, ProcessContext } from '../process.ts';
import { AptGet } from '../../pkg/ubuntu/apt-get.ts';
import { networkUp } from '../../pkg/network.ts';
import { readLine } from '../../pkg/read-line.ts';

export function aptApplet(name: 'apt-get' | 'apt'): Applet {
  return {
    name,
    async run(ctx: ProcessContext) {
      const apt = new AptGet({
        fs: ctx.fs,
        out: (t) => ctx.stdout.write(t),
        err: (t) => ctx.stderr.write(t),
        readLine: () => readLine(ctx.stdin),
        now: () => ctx.host.clock.now(),
        advance: (ms) => ctx.host.clock.advance(ms),
        online: networkUp(ctx.fs),
        env: ctx.env,
        asApt: name === 'apt',
      });
      return apt.run(ctx.argv.slice(1));
    },
  };
}

export const applet: Applet = aptApplet('apt-get');
