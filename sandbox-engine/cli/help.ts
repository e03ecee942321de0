/**
 * `--help` output: docker/cli's usage template (cli/cobra.go v28.2.2 `usageTemplate`, wrapped by
 * `helpTemplate`) rendered from a CommandNode, byte for byte. Sections appear in this order:
 * Usage, description (Long or Short), EXPERIMENTAL notice, Aliases, Examples, Options (non-root), Common Commands,
 * Management Commands, Swarm Commands, Commands, Global Options (root), the "Run '... COMMAND
 * --help'" line, and the additional help line (the root's, or a spec's `additionalHelp`).
 * A CLI plugin's commands (buildx) render with the same template: the plugin vendors docker/cli.
 */
import type { CommandNode } from './command-tree.ts';
import type { ServerFeatures } from './command-spec.ts';
import { gatedOut } from './features.ts';
import type { Flag } from './flags.ts';
import { flagUsagesWrapped } from './flags/usage.ts';

export interface HelpContext {
  features: ServerFeatures;
  /** Terminal width of stdin, or undefined when stdin is not a terminal (then 80). */
  columns?: number;
  /** Expands `$CONFIG_DIR` / `$CERT_PATH` in defaults. */
  resolveDefault?: (s: string) => string;
}

const ADDITIONAL_HELP = 'For more help on how to use Docker, head to https://docs.docker.com/go/guides/';

/** Whether the command is listed (cobra IsAvailableCommand plus docker's feature gating). */
export function isAvailable(node: CommandNode, features: ServerFeatures): boolean {
  if (node.spec.hidden || node.isHelpCommand) return false;
  return !gatedOut(node.spec.annotations, features);
}

/** Flags shown by help: not hidden, not gated out by the daemon's features. */
export function visibleFlags(node: CommandNode, features: ServerFeatures): Flag[] {
  return node.flags().all().filter((f) => !f.hidden && !gatedOut(f.spec.annotations, features));
}

/** cli/cobra.go isExperimental: the command or an ancestor carries "experimentalCLI". */
function isExperimentalCLI(node: CommandNode): boolean {
  for (let n: CommandNode | undefined = node; n; n = n.parent) if (n.spec.annotations?.experimentalCLI) return true;
  return false;
}

function rpad(s: string, n: number): string {
  return s.length >= n ? s : s + ' '.repeat(n - s.length);
}

function commandAliases(node: CommandNode): string {
  if (node.spec.aliasesText) return node.spec.aliasesText;
  const parentPath = node.parent ? node.parent.commandPath() + ' ' : '';
  let out = node.commandPath();
  for (const a of node.aliases) out += ', ' + parentPath + a;
  return out;
}

function naturalLess(a: string, b: string): boolean {
  // sortorder.NaturalLess on the category numbers: compare as numbers when both are numeric.
  const na = Number(a);
  const nb = Number(b);
  if (!Number.isNaN(na) && !Number.isNaN(nb)) return na < nb;
  return a < b;
}

/** The help text (helpTemplate → UsageString), ending with a newline. */
export function renderHelp(node: CommandNode, ctx: HelpContext): string {
  const f = ctx.features;
  const cols = (ctx.columns ?? 80) - 1;
  const flags = visibleFlags(node, f);
  const hasFlags = flags.length > 0;
  const hasSub = node.hasSubCommands();
  const isRoot = node.parent === undefined;
  const subs = node.children.filter((c) => isAvailable(c, f));

  let out = 'Usage:';
  if (!hasSub) out += '  ' + node.useLine();
  else out += '  ' + node.commandPath() + (hasFlags ? ' [OPTIONS]' : '') + ' COMMAND';
  out += '\n\n' + (node.spec.long ?? node.spec.short).trim();
  if (isExperimentalCLI(node)) {
    out +=
      `\n\nEXPERIMENTAL:\n  ${node.commandPath()} is an experimental feature.\n` +
      '  Experimental features provide early access to product functionality. These\n' +
      '  features may change between releases without warning, or can be removed from a\n' +
      '  future release. Learn more about experimental features in our documentation:\n' +
      '  https://docs.docker.com/go/experimental/';
  }
  if (node.aliases.length > 0 || node.spec.aliasesText) out += '\n\nAliases:\n  ' + commandAliases(node);
  if (node.spec.example) out += '\n\nExamples:\n' + node.spec.example;
  const options = () => flagUsagesWrapped(flags, cols, ctx.resolveDefault).trimEnd();
  if (!isRoot && hasFlags) out += '\n\nOptions:\n' + options();

  const line = (c: CommandNode) => '\n  ' + rpad(c.name + ' ', c.namePadding() + 1) + c.spec.short;
  if (isRoot) {
    const top = subs
      .filter((c) => c.spec.categoryTop !== undefined)
      .map((c, i) => ({ c, i }))
      .sort((a, b) =>
        naturalLess(a.c.spec.categoryTop as string, b.c.spec.categoryTop as string)
          ? -1
          : naturalLess(b.c.spec.categoryTop as string, a.c.spec.categoryTop as string)
            ? 1
            : a.i - b.i,
      )
      .map((x) => x.c);
    if (top.length > 0) out += '\n\nCommon Commands:' + top.map(line).join('');
  }
  const mgmt = subs.filter((c) => c.hasSubCommands());
  const management = mgmt.filter((c) => c.spec.annotations?.swarm === undefined);
  const swarm = mgmt.filter((c) => c.spec.annotations?.swarm !== undefined);
  if (management.length > 0) out += '\n\nManagement Commands:' + management.map(line).join('');
  if (swarm.length > 0) out += '\n\nSwarm Commands:' + swarm.map(line).join('');
  const ops = subs.filter((c) => !c.hasSubCommands() && !(isRoot && c.spec.categoryTop !== undefined));
  if (ops.length > 0) {
    out += '\n\nCommands:' + ops.map((c) => '\n  ' + rpad(c.name, c.namePadding()) + ' ' + c.spec.short).join('');
  }
  if (isRoot && hasFlags) out += '\n\nGlobal Options:\n' + options();
  if (hasSub) out += `\n\nRun '${node.commandPath()} COMMAND --help' for more information on a command.`;
  // The "additionalHelp" annotation: the root's guides line, buildx's experimental hint.
  const additional = node.spec.additionalHelp ?? (isRoot ? ADDITIONAL_HELP : undefined);
  if (additional) out += '\n\n' + additional;
  return out + '\n';
}
