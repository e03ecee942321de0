/**
 * A value during template execution: the JavaScript value (value model of go/value.ts) plus
 * whether it sits in an `interface{}` slot (a reflect.Value of Kind Interface), which Go's
 * executor unwraps at fixed points and which shows in errors as `in type interface {}`.
 * `undefined` as the value is Go's invalid reflect.Value (no value at all).
 */
import { typeName } from '../go/value.ts';

export interface Val {
  v: unknown;
  iface: boolean;
}

export const INVALID: Val = { v: undefined, iface: false };

export function val(v: unknown, iface = false): Val {
  return { v, iface };
}

export function isValid(x: Val): boolean {
  return x.v !== undefined || x.iface;
}

/** reflect.Value.Type() as printed in errors. */
export function typeOfVal(x: Val): string {
  if (x.iface) return 'interface {}';
  return typeName(x.v);
}

/** indirectInterface: the concrete value inside an interface (nil interface → invalid). */
export function indirectInterface(x: Val): Val {
  if (!x.iface) return x;
  if (x.v === null || x.v === undefined) return INVALID;
  return { v: x.v, iface: false };
}
