/**
 * The command tree built from specs, with cobra's naming rules: Name() is the first word of Use,
 * CommandPath() joins the names from the root, UseLine() is the parent path plus Use, children
 * are listed sorted by name, and a parent's persistent flags are shared (same Flag objects) by
 * every descendant's flag set.
 *
 * A tree holds flag values, so build one per `docker` invocation (building is cheap: flag sets are
 * created on first use).
 */
import type { CommandSpec } from './command-spec.ts';
import { Flag, FlagSet } from './flags.ts';
import type { FlagSetOptions } from './flags.ts';

/** cobra's minNamePadding. */
const MIN_NAME_PADDING = 11;

export class CommandNode {
  readonly spec: CommandSpec;
  readonly name: string;
  readonly use: string;
  readonly aliases: readonly string[];
  readonly parent: CommandNode | undefined;
  private readonly kids: CommandNode[] = [];
  private flagSet: FlagSet | undefined;
  private readonly persistent: Flag[];
  private readonly flagOptions: FlagSetOptions;
  /** cobra's help command: resolved by name, never listed. */
  readonly isHelpCommand: boolean;

  constructor(
    spec: CommandSpec,
    parent: CommandNode | undefined,
    opts: { use?: string; aliases?: readonly string[]; flagOptions?: FlagSetOptions; isHelp?: boolean } = {},
  ) {
    this.spec = spec;
    this.use = opts.use ?? spec.use;
    this.name = this.use.split(/\s/)[0];
    this.aliases = opts.aliases ?? spec.aliases ?? [];
    this.parent = parent;
    this.flagOptions = opts.flagOptions ?? {};
    this.persistent = (spec.persistentFlags ?? []).map((s) => new Flag(s));
    this.isHelpCommand = opts.isHelp === true;
    parent?.kids.push(this);
  }

  get root(): CommandNode {
    let n: CommandNode = this;
    while (n.parent) n = n.parent;
    return n;
  }

  /** cobra Commands(): sorted by name (EnableCommandSorting). */
  get children(): CommandNode[] {
    return [...this.kids].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  }

  hasSubCommands(): boolean {
    return this.kids.length > 0;
  }

  /** `docker container ls`. */
  commandPath(): string {
    return this.parent ? this.parent.commandPath() + ' ' + this.name : this.name;
  }

  /** cobra UseLine with DisableFlagsInUseLine (set on every docker command). */
  useLine(): string {
    return this.parent ? this.parent.commandPath() + ' ' + this.use : this.use;
  }

  /** cobra NamePadding: the longest sibling name (hidden ones included), at least 11. */
  namePadding(): number {
    if (!this.parent) return MIN_NAME_PADDING;
    let max = 0;
    for (const k of this.parent.kids) max = Math.max(max, k.name.length);
    return Math.max(MIN_NAME_PADDING, max);
  }

  /** findNext: a child by name or alias. */
  findChild(word: string): CommandNode | undefined {
    return this.kids.find((k) => k.name === word || k.aliases.includes(word));
  }

  /** Local flags plus the persistent flags of this command and its ancestors (cobra c.Flags()). */
  flags(): FlagSet {
    if (!this.flagSet) {
      const fs = new FlagSet(this.spec.flags, { ...this.flagOptions, interspersed: this.spec.interspersed ?? true });
      for (let n: CommandNode | undefined = this; n; n = n.parent) {
        for (const f of n.persistent) fs.addFlag(f);
      }
      this.flagSet = fs;
    }
    return this.flagSet;
  }
}

/** The help command docker/cli installs (cli/cobra.go helpCommand). */
export const HELP_COMMAND_SPEC: CommandSpec = {
  path: 'help',
  use: 'help [command]',
  short: 'Help about the command',
  args: { kind: 'any' },
  flags: [],
};

/** Build the tree: the root, every spec at its path, and the `alsoAt` copies. */
export function buildTree(rootSpec: CommandSpec, specs: readonly CommandSpec[], flagOptions: FlagSetOptions = {}): CommandNode {
  const root = new CommandNode(rootSpec, undefined, { flagOptions });
  const byPath = new Map<string, CommandNode>([['', root]]);
  const place = (path: string, spec: CommandSpec, aliases?: readonly string[]) => {
    const words = path.split(' ');
    const parentPath = words.slice(0, -1).join(' ');
    const parent = byPath.get(parentPath);
    if (!parent) throw new Error(`command spec ${path}: parent "${parentPath}" is not defined before it`);
    // A copy registered elsewhere keeps the Use text but takes the name of its new path.
    const name = words[words.length - 1];
    const first = spec.use.split(/\s/)[0];
    const use = name === first ? spec.use : name + spec.use.slice(first.length);
    const node = new CommandNode(spec, parent, { use, aliases, flagOptions });
    byPath.set(path, node);
  };
  // Parents first: sort by depth, keeping the given order within a depth.
  const entries: { path: string; spec: CommandSpec; aliases?: readonly string[] }[] = [];
  for (const s of specs) {
    entries.push({ path: s.path, spec: s, aliases: s.aliases });
    for (const a of s.alsoAt ?? []) entries.push({ path: a.path, spec: s, aliases: a.aliases ?? [] });
  }
  entries.sort((a, b) => a.path.split(' ').length - b.path.split(' ').length);
  for (const e of entries) place(e.path, e.spec, e.aliases);
  new CommandNode(HELP_COMMAND_SPEC, root, { flagOptions, isHelp: true });
  return root;
}
