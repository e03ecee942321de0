/**
 * Declarative command data, shaped after cobra.Command as docker/cli fills it. Specs hold no
 * behaviour: the engine side attaches a handler per command path (see command.ts, `handlers`).
 *
 * Example (cli/command/container/rm.spec.ts, abridged):
 *   { path: 'container rm', use: 'rm [OPTIONS] CONTAINER [CONTAINER...]',
 *     short: 'Remove one or more containers', aliases: ['remove'],
 *     aliasesText: 'docker container rm, docker container remove, docker rm',
 *     alsoAt: [{ path: 'rm', aliases: ['remove'] }], args: { kind: 'min', n: 1 },
 *     flags: [{ name: 'force', shorthand: 'f', type: 'bool', usage: '...' }, ...] }
 */
import type { FeatureAnnotations, FlagSpec } from './flags/types.ts';

/** cobra.PositionalArgs as docker/cli's cli/required.go defines them. */
export type ArgsRule =
  | { kind: 'none' } // cli.NoArgs
  | { kind: 'any' } // no check (RequiresMinArgs(0), stubs)
  | { kind: 'min'; n: number } // cli.RequiresMinArgs
  | { kind: 'max'; n: number } // cli.RequiresMaxArgs
  | { kind: 'exact'; n: number } // cli.ExactArgs
  | { kind: 'range'; min: number; max: number }; // cli.RequiresRangeArgs

export interface CommandSpec {
  /** Words below `docker`: 'container ls', 'version'; '' is the root command. */
  path: string;
  /** cobra Use: first word is the name; may continue on more lines (`docker cp`). */
  use: string;
  short: string;
  /** Printed instead of `short` in the command's own help when present. */
  long?: string;
  /** cobra Aliases at `path` (lookup only). */
  aliases?: readonly string[];
  /** The "aliases" annotation, printed under `Aliases:` in help. */
  aliasesText?: string;
  /** The same command also registered elsewhere, e.g. `docker ps` for `docker container ls`. */
  alsoAt?: readonly { path: string; aliases?: readonly string[] }[];
  /** "category-top" annotation: listed under Common Commands of `docker --help` in this order. */
  categoryTop?: string;
  args: ArgsRule;
  flags: readonly FlagSpec[];
  /** Flags inherited by every subcommand (the root's hidden `--help`). */
  persistentFlags?: readonly FlagSpec[];
  /** false: flags.SetInterspersed(false) — flags after the first positional belong to it. */
  interspersed?: boolean;
  hidden?: boolean;
  /** Command-level feature gates (cobra Annotations "version", "ostype", "experimental", "swarm"). */
  annotations?: FeatureAnnotations;
  example?: string;
  /** Listed for fidelity of help output, not modelled by the simulator. */
  stub?: boolean;
  /**
   * The "additionalHelp" annotation: a last paragraph of the help (cli/cobra.go additionalHelp;
   * the root's guides line, buildx's experimental hint).
   */
  additionalHelp?: string;
  /**
   * The root command of a CLI plugin run by docker (`buildx`): it and its subcommands report
   * errors as the plugin's main does (buildx cmd/buildx/main.go:118: `ERROR: <err>`; an unknown
   * subcommand prints the help, then `ERROR: unknown command: "x"`, status 1; help goes to stdout).
   */
  plugin?: boolean;
}

/** What the daemon's /_ping tells the CLI; decides which commands and flags are shown. */
export interface ServerFeatures {
  osType: string;
  experimental: boolean;
  /** Negotiated API version, e.g. '1.51'. */
  apiVersion: string;
  /** Swarm header; undefined when the daemon does not send one. */
  swarm?: { nodeState: string; controlAvailable: boolean };
}

/** Docker Engine 28.5 on Linux, not experimental, not in a swarm (API 1.51). */
export const ENGINE_28: ServerFeatures = {
  osType: 'linux',
  experimental: false,
  apiVersion: '1.51',
  swarm: { nodeState: 'inactive', controlAvailable: false },
};
