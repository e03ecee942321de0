/**
 * The docker CLI front end of the simulator: pure modules, no engine logic.
 *
 *   dispatch / runDocker     argv → help, usage and flag errors, or an Invocation for a handler
 *                            attached by spec path ('container ls' serves `docker ps` too)
 *   command/**\/*.spec.ts    command data recorded from docker CLI 28 (see command/index.ts)
 *   FlagSet                  pflag-compatible parsing
 *   formatRows, inspectFormat, Template   `--format` as docker applies it (Go text/template)
 *   tabwrite, humanSize, humanDuration, ... formatting helpers with Go's exact output
 */
export { dispatch, runDocker, withHelp, ENGINE_28 } from './command.ts';
export type { CommandHandler, CommandIO, DispatchOptions, DispatchResult, Invocation, ParsedFlags } from './command.ts';
export type { ArgsRule, CommandSpec, ServerFeatures } from './command-spec.ts';
export { commandSpecs, rootSpec } from './command/index.ts';
export { FlagSet, FlagError } from './flags.ts';
export type { FlagSpec, FlagValue } from './flags.ts';
export type { Validator, ValidatorContext } from './flags/validators.ts';
export { formatRows, inspectFormat, preFormat, parseDockerTemplate, FormatError } from './template/docker.ts';
export type { InspectElement, InspectResult } from './template/docker.ts';
export { Template, TemplateExecError, TemplateParseError } from './template/template.ts';
export { DOCKER_FUNCS } from './template/funcs.ts';
export { GO_TYPE, GoFloat, NIL_MAP, NIL_SLICE, fromJSON } from './go/value.ts';
export { marshal } from './go/json.ts';
export { goQuote } from './go/quote.ts';
export { sprintf } from './go/fmt.ts';
export { tabwrite, TabWriter } from './formatter/tabwriter.ts';
export { bytesSize, fromHumanSize, humanDuration, humanSize, humanSizeWithPrecision, ramInBytes } from './formatter/units.ts';
export { ellipsis, prettyPrint, truncateID } from './formatter/displayutils.ts';
export * from './formatter/headers.ts';
