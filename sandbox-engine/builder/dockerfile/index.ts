/**
 * The Dockerfile front end of the builder: parser (text to AST), word expansion, and typed
 * instructions. The editor uses parseDockerfile() for diagnostics; `docker build` uses it before
 * dispatching instructions.
 */
export { dump, parse, type Heredoc, type Node, type ParseOutcome, type ParseResult, type ParseWarning } from './parser.ts';
export { detectSyntax, findDirective, type Directive, type SyntaxDirective } from './directives.ts';
export type { DockerfileError, DockerfileErrorKind } from './errors.ts';
export { envsFromList, emptyEnv, Lex, LexError, type EnvGetter, type ProcessResult } from './shell-lex.ts';
export {
  parseDockerfile, parseInstruction, parseInstructions, type InstructionOptions, type InstructionsOutcome, type ParsedDockerfile,
} from './instructions.ts';
export type * from './instruction-types.ts';
export { parseDevice, parseMount, type Device, type Mount, type MountType, type ShareMode, type SingleWordExpander } from './run-mount.ts';
export { chompHeredocContent, parseHeredoc } from './heredoc.ts';
