/**
 * Executor of Go's text/template (text/template/exec.go, Go 1.24) over the value model of
 * go/value.ts. Errors have Go's form, e.g.
 *   template: :1:2: executing "" at <.Foo>: map has no entry for key "Foo"
 * where `:1:2` is line and byte column of the node.
 */
import { sprintValue } from '../go/fmt.ts';
import { GoFloat, NIL_SLICE, isNilMap, isRaw, isStruct, kindOf, sortedKeys, typeName } from '../go/value.ts';
import type { FuncDef, ParamType } from './funcs.ts';
import { GoError, isTrue } from './funcs.ts';
import type {
  ChainNode,
  CommandNode,
  FieldNode,
  IdentifierNode,
  ListNode,
  Node,
  NumberNode,
  PipeNode,
  RangeNode,
  TemplateNode,
  VariableNode,
} from './nodes.ts';
import { nodeString } from './nodes.ts';
import type { Tree } from './parse.ts';
import type { Val } from './val.ts';
import { INVALID, indirectInterface, isValid, typeOfVal, val } from './val.ts';

export class TemplateExecError extends Error {
  /** What the template wrote before failing (Go has already written it to the output). */
  partial = '';
  constructor(message: string) {
    super(message);
    this.name = 'TemplateExecError';
  }
}

export type MissingKey = 'default' | 'zero' | 'error';

export interface ExecOptions {
  missingKey?: MissingKey;
}

/** The pipeline's "no final value" marker (Go's missingVal). */
const MISSING: Val = { v: Symbol('missing'), iface: false };

class BreakSignal {}
class ContinueSignal {}

const utf8 = new TextEncoder();

function byteLength(s: string): number {
  return utf8.encode(s).length;
}

export class State {
  private out = '';
  private node: Node | null = null;
  private vars: { name: string; value: Val }[];
  private tree: Tree;
  private readonly trees: ReadonlyMap<string, Tree>;
  private readonly funcs: Readonly<Record<string, FuncDef>>;
  private readonly missingKey: MissingKey;
  private depth = 0;

  constructor(tree: Tree, trees: ReadonlyMap<string, Tree>, funcs: Readonly<Record<string, FuncDef>>, data: Val, opts: ExecOptions) {
    this.tree = tree;
    this.trees = trees;
    this.funcs = funcs;
    this.missingKey = opts.missingKey ?? 'default';
    this.vars = [{ name: '$', value: data }];
  }

  run(data: Val): string {
    try {
      this.walk(data, this.tree.root);
    } catch (e) {
      if (e instanceof TemplateExecError) e.partial = this.out;
      throw e;
    }
    return this.out;
  }

  private at(n: Node): void {
    this.node = n;
  }

  errorf(msg: string): never {
    const name = this.tree.name;
    if (!this.node) throw new TemplateExecError(`template: ${name}: ${msg}`);
    const text = this.tree.text.slice(0, this.node.pos);
    const nl = text.lastIndexOf('\n');
    const col = nl < 0 ? byteLength(text) : byteLength(text.slice(nl + 1));
    const line = 1 + (text.match(/\n/g)?.length ?? 0);
    throw new TemplateExecError(
      `template: ${name}:${line}:${col}: executing ${JSON.stringify(name)} at <${nodeString(this.node)}>: ${msg}`,
    );
  }

  private varValue(name: string): Val {
    for (let i = this.vars.length - 1; i >= 0; i--) if (this.vars[i].name === name) return this.vars[i].value;
    this.errorf(`undefined variable: ${name}`);
  }

  private setVar(name: string, value: Val): void {
    for (let i = this.vars.length - 1; i >= 0; i--) {
      if (this.vars[i].name === name) {
        this.vars[i].value = value;
        return;
      }
    }
    this.errorf(`undefined variable: ${name}`);
  }

  private walk(dot: Val, node: Node): void {
    this.at(node);
    switch (node.type) {
      case 'action': {
        const v = this.evalPipeline(dot, node.pipe);
        if (node.pipe.decl.length === 0) this.printValue(node, v);
        return;
      }
      case 'comment':
        return;
      case 'if':
      case 'with':
        this.walkIfOrWith(node.type, dot, node.pipe, node.list, node.elseList);
        return;
      case 'list':
        for (const n of node.nodes) this.walk(dot, n);
        return;
      case 'range':
        this.walkRange(dot, node);
        return;
      case 'template':
        this.walkTemplate(dot, node);
        return;
      case 'text':
        this.out += node.text;
        return;
      case 'break':
        throw new BreakSignal();
      case 'continue':
        throw new ContinueSignal();
      default:
        this.errorf(`unknown node: ${nodeString(node)}`);
    }
  }

  private walkIfOrWith(typ: 'if' | 'with', dot: Val, pipe: PipeNode, list: ListNode, elseList: ListNode | null): void {
    const mark = this.vars.length;
    try {
      const v = this.evalPipeline(dot, pipe);
      const [truth, ok] = isTrue(indirectInterface(v));
      if (!ok) this.errorf(`if/with can't use ${sprintValue(v.v)}`);
      if (truth) this.walk(typ === 'with' ? v : dot, list);
      else if (elseList) this.walk(dot, elseList);
    } finally {
      this.vars.length = mark;
    }
  }

  private walkRange(dot: Val, r: RangeNode): void {
    this.at(r);
    const outer = this.vars.length;
    try {
      const v = indirectInterface(this.evalPipeline(dot, r.pipe));
      const mark = this.vars.length;
      const one = (index: Val, elem: Val): boolean => {
        if (r.pipe.decl.length > 0) this.vars[this.vars.length - 1].value = elem;
        if (r.pipe.decl.length > 1) this.vars[this.vars.length - 2].value = index;
        try {
          this.walk(elem, r.list);
        } catch (e) {
          if (e instanceof BreakSignal) return false;
          if (!(e instanceof ContinueSignal)) throw e;
        } finally {
          this.vars.length = mark;
        }
        return true;
      };
      const x = v.v;
      switch (kindOf(x)) {
        case 'slice': {
          const a = Array.isArray(x) ? x : [];
          if (a.length === 0) break;
          const raw = isRaw(a);
          for (let i = 0; i < a.length; i++) if (!one(val(i), val(a[i], raw))) break;
          return;
        }
        case 'map': {
          if (isNilMap(x) || (x as Map<string, unknown>).size === 0) break;
          const m = x as Map<string, unknown>;
          const raw = isRaw(m);
          for (const k of sortedKeys(m)) if (!one(val(k), val(m.get(k), raw))) break;
          return;
        }
        case 'int': {
          if (r.pipe.decl.length > 1) this.errorf(`can't use ${sprintValue(x)} to iterate over more than one variable`);
          const n = Number(x);
          if (n <= 0) break;
          for (let i = 0; i < n; i++) if (!one(val(i), val(i))) break;
          return;
        }
        case 'invalid':
        case 'nil':
          break;
        default:
          this.errorf(`range can't iterate over ${sprintValue(x)}`);
      }
      if (r.elseList) this.walk(dot, r.elseList);
    } finally {
      this.vars.length = outer;
    }
  }

  private walkTemplate(dot: Val, t: TemplateNode): void {
    this.at(t);
    const tree = this.trees.get(t.name);
    if (!tree) this.errorf(`template ${JSON.stringify(t.name)} not defined`);
    if (this.depth >= 1000) this.errorf('exceeded maximum template depth (1000)');
    const newDot = t.pipe ? this.evalPipeline(dot, t.pipe) : INVALID;
    const saved = { vars: this.vars, tree: this.tree };
    this.vars = [{ name: '$', value: newDot }];
    this.tree = tree;
    this.depth++;
    try {
      this.walk(newDot, tree.root);
    } finally {
      this.depth--;
      this.vars = saved.vars;
      this.tree = saved.tree;
    }
  }

  private evalPipeline(dot: Val, pipe: PipeNode | null): Val {
    if (!pipe) return INVALID;
    this.at(pipe);
    let value = MISSING;
    for (const cmd of pipe.cmds) {
      value = this.evalCommand(dot, cmd, value);
      // A value in an interface{} slot is replaced by its content ("lovely!" in Go).
      if (value.iface) value = indirectInterface(value);
    }
    for (const v of pipe.decl) {
      if (pipe.isAssign) this.setVar(v.ident[0], value);
      else this.vars.push({ name: v.ident[0], value });
    }
    return value;
  }

  private notAFunction(args: Node[], final: Val): void {
    if (args.length > 1 || final !== MISSING) this.errorf(`can't give argument to non-function ${nodeString(args[0])}`);
  }

  private evalCommand(dot: Val, cmd: CommandNode, final: Val): Val {
    const first = cmd.args[0];
    switch (first.type) {
      case 'field':
        return this.evalFieldNode(dot, first, cmd.args, final);
      case 'chain':
        return this.evalChainNode(dot, first, cmd.args, final);
      case 'identifier':
        return this.evalFunction(dot, first, cmd, cmd.args, final);
      case 'pipe':
        this.notAFunction(cmd.args, final);
        return this.evalPipeline(dot, first);
      case 'variable':
        return this.evalVariableNode(dot, first, cmd.args, final);
    }
    this.at(first);
    this.notAFunction(cmd.args, final);
    switch (first.type) {
      case 'bool':
        return val(first.value);
      case 'dot':
        return dot;
      case 'nil':
        this.errorf('nil is not a command');
        break;
      case 'number':
        return this.idealConstant(first);
      case 'string':
        return val(first.text);
    }
    this.errorf(`can't evaluate command ${JSON.stringify(nodeString(first))}`);
  }

  private idealConstant(c: NumberNode): Val {
    this.at(c);
    const isHexInt = /^0[xX]/.test(c.text) && !/[pP]/.test(c.text);
    const isRuneInt = c.text.startsWith("'");
    if (c.isFloat && !isHexInt && !isRuneInt && /[.eEpP]/.test(c.text)) return val(new GoFloat(c.float));
    if (c.isInt) {
      const n = Number(c.int);
      return val(Number.isSafeInteger(n) ? n : c.int);
    }
    if (c.isUint) this.errorf(`${c.text} overflows int`);
    return INVALID;
  }

  private evalFieldNode(dot: Val, field: FieldNode, args: Node[], final: Val): Val {
    this.at(field);
    return this.evalFieldChain(dot, dot, field, field.ident, args, final);
  }

  private evalChainNode(dot: Val, chain: ChainNode, args: Node[] | null, final: Val): Val {
    this.at(chain);
    if (chain.node.type === 'nil') this.errorf(`indirection through explicit nil in ${nodeString(chain)}`);
    const pipe = this.evalArg(dot, null, chain.node);
    return this.evalFieldChain(dot, pipe, chain, chain.field, args, final);
  }

  private evalVariableNode(dot: Val, v: VariableNode, args: Node[] | null, final: Val): Val {
    this.at(v);
    const value = this.varValue(v.ident[0]);
    if (v.ident.length === 1) {
      this.notAFunction(args ?? [v], final);
      return value;
    }
    return this.evalFieldChain(dot, value, v, v.ident.slice(1), args, final);
  }

  private evalFieldChain(dot: Val, receiver: Val, node: Node, ident: string[], args: Node[] | null, final: Val): Val {
    for (let i = 0; i < ident.length - 1; i++) receiver = this.evalField(dot, ident[i], node, null, MISSING, receiver);
    return this.evalField(dot, ident[ident.length - 1], node, args, final, receiver);
  }

  private evalFunction(dot: Val, node: IdentifierNode, cmd: Node, args: Node[] | null, final: Val): Val {
    this.at(node);
    const fn = this.funcs[node.ident];
    if (!fn) this.errorf(`${JSON.stringify(node.ident)} is not a defined function`);
    return this.evalCall(dot, fn, cmd, node.ident, args, final);
  }

  private evalField(dot: Val, fieldName: string, node: Node, args: Node[] | null, final: Val, receiver: Val): Val {
    if (!isValid(receiver)) {
      if (this.missingKey === 'error') this.errorf(`nil data; no entry for key ${JSON.stringify(fieldName)}`);
      return INVALID;
    }
    const typ = typeOfVal(receiver);
    const r = indirectInterface(receiver);
    const v = r.v;
    if (v === null || v === undefined) {
      this.errorf(`nil pointer evaluating ${receiver.iface ? 'interface {}' : typ}.${fieldName}`);
    }
    const hasArgs = (args !== null && args.length > 1) || final !== MISSING;
    if (isStruct(v) && Object.prototype.hasOwnProperty.call(v, fieldName)) {
      const field = (v as Record<string, unknown>)[fieldName];
      if (typeof field === 'function') {
        return this.evalCall(dot, methodDef(field as (...a: unknown[]) => unknown), node, fieldName, args, final);
      }
      if (!/^\p{Lu}/u.test(fieldName)) this.errorf(`${fieldName} is an unexported field of struct type ${typ}`);
      if (hasArgs) this.errorf(`${fieldName} has arguments but cannot be invoked as function`);
      return val(field);
    }
    if (kindOf(v) === 'map') {
      if (hasArgs) this.errorf(`${fieldName} is not a method but has arguments`);
      const m = isNilMap(v) ? new Map<string, unknown>() : (v as Map<string, unknown>);
      const raw = isRaw(m);
      if (m.has(fieldName)) return val(m.get(fieldName), raw);
      switch (this.missingKey) {
        case 'zero':
          if (raw) return val(null, true);
          return [...m.values()].every((x) => typeof x === 'string') && m.size > 0 ? val('') : INVALID;
        case 'error':
          this.errorf(`map has no entry for key ${JSON.stringify(fieldName)}`);
          break;
        default:
          return INVALID;
      }
    }
    this.errorf(`can't evaluate field ${fieldName} in type ${typ}`);
  }

  private evalCall(dot: Val, fn: FuncDef, node: Node, name: string, argsIn: Node[] | null, final: Val): Val {
    const args = argsIn ? argsIn.slice(1) : [];
    const numIn = args.length + (final !== MISSING ? 1 : 0);
    const numFixed = fn.variadic ? fn.params.length : args.length;
    if (fn.variadic) {
      if (numIn < numFixed) this.errorf(`wrong number of args for ${name}: want at least ${fn.params.length} got ${args.length}`);
    } else if (numIn !== fn.params.length) {
      this.errorf(`wrong number of args for ${name}: want ${fn.params.length} got ${numIn}`);
    }
    // Builtin and/or short-circuit.
    if (fn.builtin && (name === 'and' || name === 'or')) {
      let v: Val = INVALID;
      for (const a of args) {
        v = this.evalArg(dot, 'value', a);
        if (isTrue(v)[0] === (name === 'or')) return v;
      }
      if (final !== MISSING) v = this.validateType(final, 'value');
      return v;
    }
    const argv: unknown[] = [];
    let i = 0;
    for (; i < numFixed && i < args.length; i++) argv.push(this.convert(this.evalArg(dot, fn.params[i], args[i]), fn.params[i]));
    if (fn.variadic) {
      for (; i < args.length; i++) argv.push(this.convert(this.evalArg(dot, fn.variadic, args[i]), fn.variadic));
    }
    if (final !== MISSING) {
      let t: ParamType;
      if (fn.variadic) t = numIn - 1 < numFixed ? fn.params[numIn - 1] : fn.variadic;
      else t = fn.params[fn.params.length - 1];
      argv.push(this.convert(this.validateType(final, t), t));
    }
    let result: unknown;
    try {
      result = (fn.fn as (...a: unknown[]) => unknown)(...argv);
    } catch (e) {
      if (e instanceof TemplateExecError) throw e;
      this.at(node);
      const msg = e instanceof Error ? e.message : String(e);
      this.errorf(`error calling ${name}: ${msg}`);
    }
    return fn.returnsVal ? (result as Val) : val(result);
  }

  /** A validated Val as the JS value a function parameter of type t receives. */
  private convert(v: Val, t: ParamType): unknown {
    if (t === 'value') return v;
    return indirectInterface(v).v;
  }

  private validateType(value: Val, typ: ParamType | null): Val {
    if (!isValid(value)) {
      if (typ === null || typ === 'any') return val(null, true);
      if (typ === 'value') return INVALID;
      if (typ === '[]string') return val(NIL_SLICE);
      this.errorf(`invalid value; expected ${typ}`);
    }
    if (typ === null || typ === 'value' || typ === 'any') return value;
    const inner = indirectInterface(value);
    const v = inner.v;
    let ok: boolean;
    switch (typ) {
      case 'string':
        ok = typeof v === 'string';
        break;
      case 'int':
        ok = kindOf(v) === 'int';
        break;
      case 'bool':
        ok = typeof v === 'boolean';
        break;
      case '[]string':
        ok = typeName(v) === '[]string';
        break;
    }
    if (!ok) this.errorf(`wrong type for value; expected ${typ}; got ${typeName(v)}`);
    return inner;
  }

  private evalArg(dot: Val, typ: ParamType | null, n: Node): Val {
    this.at(n);
    switch (n.type) {
      case 'dot':
        return this.validateType(dot, typ);
      case 'nil':
        // canBeNil: interface{} gets a nil interface, reflect.Value a zero Value, a slice a nil slice.
        if (typ === null || typ === 'any') return val(null, true);
        if (typ === 'value') return INVALID;
        if (typ === '[]string') return val(NIL_SLICE);
        this.errorf(`cannot assign nil to ${typ}`);
        break;
      case 'field':
        return this.validateType(this.evalFieldNode(dot, n, [n], MISSING), typ);
      case 'variable':
        return this.validateType(this.evalVariableNode(dot, n, null, MISSING), typ);
      case 'pipe':
        return this.validateType(this.evalPipeline(dot, n), typ);
      case 'identifier':
        return this.validateType(this.evalFunction(dot, n, n, null, MISSING), typ);
      case 'chain':
        return this.validateType(this.evalChainNode(dot, n, null, MISSING), typ);
    }
    switch (typ) {
      case 'bool':
        if (n.type === 'bool') return val(n.value);
        this.errorf(`expected bool; found ${nodeString(n)}`);
        break;
      case 'int':
        if (n.type === 'number' && n.isInt) return val(Number(n.int));
        this.errorf(`expected integer; found ${nodeString(n)}`);
        break;
      case 'string':
        if (n.type === 'string') return val(n.text);
        this.errorf(`expected string; found ${nodeString(n)}`);
        break;
      case null:
      case 'any':
      case 'value':
        return this.evalEmptyInterface(dot, n);
    }
    this.errorf(`can't handle ${nodeString(n)} for arg of type ${typ}`);
  }

  private evalEmptyInterface(dot: Val, n: Node): Val {
    this.at(n);
    switch (n.type) {
      case 'bool':
        return val(n.value);
      case 'dot':
        return dot;
      case 'number':
        return this.idealConstant(n);
      case 'string':
        return val(n.text);
    }
    this.errorf(`can't handle assignment of ${nodeString(n)} to empty interface argument`);
  }

  private printValue(n: Node, v: Val): void {
    this.at(n);
    const x = indirectInterface(v);
    if (!isValid(x)) {
      this.out += '<no value>';
      return;
    }
    if (typeof x.v === 'function') this.errorf(`can't print ${nodeString(n)} of type ${typeName(x.v)}`);
    this.out += sprintValue(x.v);
  }
}

/** A struct method: its arity is the JS function's length; arguments are untyped. */
function methodDef(f: (...a: unknown[]) => unknown): FuncDef {
  return { params: Array<ParamType>(f.length).fill('any'), fn: f as never };
}
