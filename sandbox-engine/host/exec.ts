/**
 * What the kernel runs for an executable file: our binaries are ELF stubs naming an applet; busybox
 * dispatches on the name it was invoked by (argv[0]), as the real multi-call binary does.
 */
import type { Applet } from '../shell/process.ts';
import type { FsView } from '../vfs/vfs.ts';
import { baseName } from '../vfs/path.ts';
import { APPLETS } from '../shell/applets/index.ts';
import { appletOfHead, STUB_HEAD_BYTES } from './binaries.ts';
import { BUSYBOX_LAYOUT } from './busybox-layout.ts';
import { BUSYBOX_BANNER } from '../shell/applets/lib/busybox-usage.ts';

/** The applet an executable runs, read through `rootView` (a root view of the caller's mount namespace). */
export function appletFor(rootView: FsView, path: string, argv0: string): Applet | undefined {
  let head: Uint8Array;
  try {
    head = rootView.readHead(path, STUB_HEAD_BYTES);
  } catch {
    return undefined;
  }
  const tag = appletOfHead(head);
  if (tag === undefined) return undefined;
  if (tag === 'busybox') return busyboxDispatch(baseName(argv0));
  return APPLETS.get(tag) ?? missingProgram(tag);
}

/** A binary we have no applet for yet (e.g. apk before it is written): it says so and fails. */
function missingProgram(name: string): Applet {
  return {
    name,
    async run(ctx) {
      await ctx.stderr.write(`${name}: this program is not available in the simulator\n`);
      return 127;
    },
  };
}

/** Applet names busybox itself provides (its install layout), so e.g. `sudo` is not one. */
const BUSYBOX_APPLETS = new Set(BUSYBOX_LAYOUT.map((p) => p.slice(p.lastIndexOf('/') + 1)));

function busyboxApplet(name: string): Applet | undefined {
  return BUSYBOX_APPLETS.has(name) ? APPLETS.get(name) : undefined;
}

/** busybox runs the applet its argv[0] names; `busybox NAME args` runs NAME. */
function busyboxDispatch(name: string): Applet {
  if (name !== 'busybox') return busyboxApplet(name) ?? appletNotFound(name);
  return {
    name: 'busybox',
    async run(ctx) {
      const [, applet, ...rest] = ctx.argv;
      if (applet === undefined) {
        // The opening of busybox's own help (recorded from Debian's busybox-static 1.35).
        await ctx.stdout.write(
          `${BUSYBOX_BANNER}\nBusyBox is copyrighted by many authors between 1998-2015.\nLicensed under GPLv2. See source distribution for detailed\ncopyright notices.\n\nUsage: busybox [function [arguments]...]\n   or: busybox --list[-full]\n   or: function [arguments]...\n`,
        );
        return 0;
      }
      if (applet === '--list') {
        await ctx.stdout.write([...APPLETS.keys()].filter((n) => BUSYBOX_APPLETS.has(n)).sort().join('\n') + '\n');
        return 0;
      }
      const target = busyboxApplet(applet);
      if (!target) return appletNotFound(applet).run(ctx);
      return target.run({ ...ctx, argv: [applet, ...rest] });
    },
  };
}

function appletNotFound(name: string): Applet {
  return {
    name,
    async run(ctx) {
      await ctx.stderr.write(`${name}: applet not found\n`);
      return 127;
    },
  };
}

