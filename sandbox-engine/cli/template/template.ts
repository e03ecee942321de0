/**
 * Go text/template, the subset Docker users write in `--format`: actions, fields and chains,
 * variables, pipelines, if/else if/with/range (with break/continue), define/template/block,
 * comments and `{{- -}}` trimming, Go's builtins, and any function table (docker's in funcs.ts).
 *
 * Lifecycle: `Template.parse(text, { funcs })` throws TemplateParseError with Go's text
 * (`template: :1: unclosed action`); `execute(data, { missingKey })` returns the output or
 * throws TemplateExecError (`template: :1:2: executing "" at <.Foo>: ...`, with `.partial`).
 *
 * Example:
 *   Template.parse('{{range $k, $v := .Labels}}{{$k}}={{$v}} {{end}}', { funcs: DOCKER_FUNCS })
 *     .execute({ Labels: new Map([['a', 'b']]) })   // → 'a=b '
 * Data follows go/value.ts: plain objects are structs (methods = function-valued keys), Map is a
 * Go map, arrays are slices, null is nil, undefined is "no value".
 */
import { State } from './exec.ts';
import type { ExecOptions } from './exec.ts';
import type { FuncDef } from './funcs.ts';
import { BUILTINS } from './funcs.ts';
import { parseTemplate } from './parse.ts';
import type { Tree } from './parse.ts';
import { val } from './val.ts';

export { TemplateExecError } from './exec.ts';
export { TemplateParseError } from './parse.ts';
export type { ExecOptions, MissingKey } from './exec.ts';

export interface ParseOptions {
  /** Template name (docker uses ""); appears in every error. */
  name?: string;
  /** Functions added to Go's builtins. */
  funcs?: Readonly<Record<string, FuncDef>>;
}

export class Template {
  readonly name: string;
  private readonly tree: Tree;
  private readonly trees: Map<string, Tree>;
  private readonly funcs: Readonly<Record<string, FuncDef>>;

  private constructor(name: string, tree: Tree, trees: Map<string, Tree>, funcs: Readonly<Record<string, FuncDef>>) {
    this.name = name;
    this.tree = tree;
    this.trees = trees;
    this.funcs = funcs;
  }

  static parse(text: string, opts: ParseOptions = {}): Template {
    const name = opts.name ?? '';
    const funcs = { ...BUILTINS, ...opts.funcs };
    const { tree, defined } = parseTemplate(name, text, (n) => Object.prototype.hasOwnProperty.call(funcs, n));
    const trees = new Map(defined);
    // Like Go's AddParseTree: the main tree keeps its name unless it is empty and a define took it.
    if (!trees.has(name) || tree.root.nodes.some((n) => n.type !== 'text' || n.text.trim() !== '')) trees.set(name, tree);
    return new Template(name, trees.get(name) as Tree, trees, funcs);
  }

  /** The same parsed template with another function table (docker's header functions). */
  withFuncs(funcs: Readonly<Record<string, FuncDef>>): Template {
    return new Template(this.name, this.tree, this.trees, { ...this.funcs, ...funcs });
  }

  execute(data: unknown, opts: ExecOptions = {}): string {
    return new State(this.tree, this.trees, this.funcs, val(data), opts).run(val(data));
  }
}
