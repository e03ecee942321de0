/**
 * Declarative flag data, as pflag holds it: a command spec lists these and the FlagSet turns them
 * into live flags. Field names follow pflag's `Flag` struct.
 */

/**
 * The value type, spelled as pflag's help shows it after the flag name (`--name string`,
 * `-e, --env list`, `-m, --memory bytes`); a bool shows nothing and is written 'bool' here.
 * Parsing semantics per type live in values.ts; a type not known there (mount, network, ulimit,
 * gpu-request, ...) is kept as a list of raw strings, validated by a named validator if any.
 */
export type FlagTypeName =
  | 'bool'
  | 'string'
  | 'int'
  | 'uint'
  | 'uint16'
  | 'uint32'
  | 'float'
  | 'duration'
  | 'bytes'
  | 'decimal'
  | 'list'
  | 'map'
  | 'strings'
  | 'stringArray'
  | 'stringToString'
  | 'filter'
  | (string & {});

/** Feature gates docker/cli puts on flags (cmd/docker/docker.go hideUnsupportedFeatures). */
export interface FeatureAnnotations {
  /** Minimum API version, e.g. '1.43' (hidden and rejected below it). */
  version?: string;
  /** Only for this daemon OS ('windows' flags are hidden on a Linux engine). */
  ostype?: string;
  /** Needs an experimental daemon. */
  experimental?: boolean;
  /** Swarm requirement: 'manager', 'active' or '' (docker.go notSwarmStatus). */
  swarm?: string;
  /** Experimental on the client side (shown in 28; kept for the record). */
  experimentalCLI?: boolean;
}

export interface FlagSpec {
  name: string;
  /** One-letter shorthand without the dash. */
  shorthand?: string;
  type: FlagTypeName;
  /** The usage text; a back-quoted word would name the value in help (pflag UnquoteUsage). */
  usage: string;
  /**
   * pflag's DefValue: the value's String() when the flag was defined. Help prints
   * ` (default "x")` for string flags and ` (default x)` otherwise unless it is the type's zero
   * value. Omitted = the zero value. May contain `$DOCKER_CONFIG` (resolved when rendering).
   */
  defValue?: string;
  /** Value used when the flag is given without `=value` (pflag NoOptDefVal; 'true' for bools). */
  noOptDefVal?: string;
  hidden?: boolean;
  /** pflag MarkDeprecated message: the flag is hidden and warns when used. */
  deprecated?: string;
  /** pflag MarkShorthandDeprecated message. */
  shorthandDeprecated?: string;
  /** Per-value validator/normaliser name (docker/cli opts.Validate*), see validators.ts. */
  validator?: string;
  annotations?: FeatureAnnotations;
}

/** A parsed flag value. Lists keep order; maps keep insertion order. */
export type FlagValue = boolean | string | number | bigint | string[] | Map<string, string>;
