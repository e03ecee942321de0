/**
 * hostname: show the kernel's host name (ctx.host.hostname()), derived names through /etc/hosts,
 * or set it (root only). Debian's hostname 3.23 and busybox 1.35 differ in wording; recorded:
 *   hostname NAME (not root) -> "hostname: you must be root to change the host name", 1
 *                   busybox  -> "hostname: sethostname: Operation not permitted", 1
 *   hostname -f, name not in /etc/hosts -> "hostname: Name or service not known", 1
 *                   busybox  -> "hostname: NAME: Unknown host", 1
 *   hostname -x  -> stderr "hostname: invalid option -- 'x'", usage on stdout, 255
 *   hostname ""  -> "hostname: the specified hostname is invalid", 1
 */
import type { Applet, HostServices, ProcessContext } from '../process.ts';
import { isFsError, strerror } from '../../vfs/errors.ts';
import { parseOptions } from './lib/parse-options.ts';
import { busyboxHelp, sysUsageError } from './lib/sys-usage.ts';

const GNU_USAGE =
  'Usage: hostname [-b] {hostname|-F file}         set host name (from file)\n       hostname [-a|-A|-d|-f|-i|-I|-s|-y]       display formatted name\n       hostname                                 display host name\n\n       {yp,nis,}domainname {nisdomain|-F file}  set NIS domain name (from file)\n       {yp,nis,}domainname                      display NIS domain name\n\n       dnsdomainname                            display dns domain name\n\n       hostname -V|--version|-h|--help          print info and exit\n\nProgram name:\n       {yp,nis,}domainname=hostname -y\n       dnsdomainname=hostname -d\n\nProgram options:\n    -a, --alias            alias names\n    -A, --all-fqdns        all long host names (FQDNs)\n    -b, --boot             set default hostname if none available\n    -d, --domain           DNS domain name\n    -f, --fqdn, --long     long host name (FQDN)\n    -F, --file             read host name or NIS domain name from given file\n    -i, --ip-address       addresses for the host name\n    -I, --all-ip-addresses all addresses for the host\n    -s, --short            short host name\n    -y, --yp, --nis        NIS/YP domain name\n\nDescription:\n   This command can get or set the host name or the NIS domain name. You can\n   also get the DNS domain or the FQDN (fully qualified domain name).\n   Unless you are using bind or NIS for host lookups you can change the\n   FQDN (Fully Qualified Domain Name) and the DNS domain name (which is\n   part of the FQDN) in the /etc/hosts file.\n';

/** The host may offer a setter (SimHost does); HostServices does not declare one yet. */
type SettableHost = HostServices & { setHostname?(name: string): void };

interface HostsLine {
  addr: string;
  names: string[];
}

/** /etc/hosts lines that name `host` (the resolver's `files` source, case-insensitive). */
function hostsLines(ctx: ProcessContext, host: string): HostsLine[] {
  let text = '';
  try {
    text = ctx.fs.readText('/etc/hosts');
  } catch (e) {
    if (!isFsError(e)) throw e;
  }
  const out: HostsLine[] = [];
  for (const raw of text.split('\n')) {
    const fields = raw.replace(/#.*/, '').trim().split(/\s+/);
    if (fields.length < 2) continue;
    const [addr, ...names] = fields;
    if (names.some((n) => n.toLowerCase() === host.toLowerCase())) out.push({ addr, names });
  }
  return out;
}

async function setName(ctx: ProcessContext, name: string): Promise<number> {
  const gnu = ctx.flavour === 'gnu';
  if (gnu && name === '') {
    await ctx.stderr.write('hostname: the specified hostname is invalid\n');
    return 1;
  }
  if (ctx.fs.cred.uid !== 0) {
    await ctx.stderr.write(gnu ? 'hostname: you must be root to change the host name\n' : 'hostname: sethostname: Operation not permitted\n');
    return 1;
  }
  (ctx.host as SettableHost).setHostname?.(name);
  return 0;
}

async function readNameFile(ctx: ProcessContext, file: string): Promise<string | number> {
  try {
    // The first line that is not a comment, as both implementations read it.
    const line = ctx.fs.readText(file).split('\n').find((l) => l.trim() !== '' && !l.startsWith('#'));
    return (line ?? '').trim();
  } catch (e) {
    if (!isFsError(e)) throw e;
    const msg = ctx.flavour === 'gnu' ? `hostname: ${strerror(e.code)}\n` : `hostname: can't open '${file}': ${strerror(e.code)}\n`;
    await ctx.stderr.write(msg);
    return 1;
  }
}

export const applet: Applet = {
  name: 'hostname',
  async run(ctx) {
    const gnu = ctx.flavour === 'gnu';
    const help = await busyboxHelp(ctx, 'hostname');
    if (help !== null) return help;
    const r = parseOptions(ctx, {
      name: 'hostname',
      short: gnu ? 'aAbdfF:hiIsVy' : 'sidfF:',
      long: gnu
        ? [
            { name: 'alias', arg: 'none', key: 'a' },
            { name: 'all-fqdns', arg: 'none', key: 'A' },
            { name: 'boot', arg: 'none', key: 'b' },
            { name: 'domain', arg: 'none', key: 'd' },
            { name: 'fqdn', arg: 'none', key: 'f' },
            { name: 'long', arg: 'none', key: 'f' },
            { name: 'file', arg: 'required', key: 'F' },
            { name: 'help', arg: 'none', key: 'h' },
            { name: 'ip-address', arg: 'none', key: 'i' },
            { name: 'all-ip-addresses', arg: 'none', key: 'I' },
            { name: 'short', arg: 'none', key: 's' },
            { name: 'version', arg: 'none', key: 'V' },
            { name: 'yp', arg: 'none', key: 'y' },
            { name: 'nis', arg: 'none', key: 'y' },
          ]
        : [],
    });
    if (!r.ok) {
      if (!gnu) return sysUsageError(ctx, 'hostname', r.message);
      await ctx.stderr.write(`hostname: ${r.message}\n`);
      await ctx.stdout.write(GNU_USAGE);
      return 255;
    }
    const keys = r.opts.map((o) => o.key);
    if (gnu && keys.includes('h')) {
      await ctx.stdout.write(GNU_USAGE);
      return 255;
    }
    if (gnu && keys.includes('V')) {
      await ctx.stdout.write('hostname 3.23\n');
      return 0;
    }
    const file = r.opts.find((o) => o.key === 'F')?.value;
    if (file !== undefined) {
      const name = await readNameFile(ctx, file);
      return typeof name === 'number' ? name : setName(ctx, name);
    }
    if (r.operands.length > 0) {
      if (gnu && r.operands.length > 1) {
        await ctx.stdout.write(GNU_USAGE);
        return 255;
      }
      return setName(ctx, r.operands[0]);
    }
    const name = ctx.host.hostname();
    // The last display option given wins, as in both implementations' option loops.
    const mode = [...keys].reverse().find((k) => 'adfisAIy'.includes(k));
    if (mode === undefined) {
      await ctx.stdout.write(name + '\n');
      return 0;
    }
    if (mode === 's') {
      await ctx.stdout.write(name.split('.')[0] + '\n');
      return 0;
    }
    if (mode === 'y') {
      // Debian's hostname prints this on stdout.
      await ctx.stdout.write('hostname: Local domain name not set\n');
      return 1;
    }
    if (mode === 'A' || mode === 'I') {
      // Names and addresses of the network interfaces other than loopback: the simulated host
      // models no interfaces, so the list is empty (the real output ends each item with a space).
      await ctx.stdout.write('\n');
      return 0;
    }
    const lines = hostsLines(ctx, name);
    if (lines.length === 0) {
      await ctx.stderr.write(gnu ? 'hostname: Name or service not known\n' : `hostname: ${name}: Unknown host\n`);
      return 1;
    }
    const fqdn = lines[0].names[0];
    let out: string;
    switch (mode) {
      case 'f':
        out = fqdn;
        break;
      case 'd':
        out = fqdn.includes('.') ? fqdn.slice(fqdn.indexOf('.') + 1) : '';
        break;
      case 'a':
        out = lines[0].names.slice(1).join(' ');
        break;
      default:
        out = [...new Set(lines.map((l) => l.addr))].join(' ');
    }
    await ctx.stdout.write(out + '\n');
    return 0;
  },
};
