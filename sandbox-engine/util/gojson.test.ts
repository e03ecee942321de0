import { describe, expect, it } from 'vitest';
import { goMarshal } from './gojson.ts';

describe('goMarshal', () => {
  it('writes compact Go JSON with struct order, sorted maps and HTML escaping', () => {
    const v = { b: 1, a: new Map([['z', '1'], ['10', 'x'], ['9', 'y']]), s: '<a&b>', e: [], n: null, skip: undefined };
    expect(goMarshal(v)).toBe('{"b":1,"a":{"10":"x","9":"y","z":"1"},"s":"\\u003ca\\u0026b\\u003e","e":[],"n":null}');
  });

  it('indents like MarshalIndent with empty containers kept inline', () => {
    expect(goMarshal({ A: [1, 2], B: new Map(), C: { D: true } }, '    ')).toBe(
      '{\n    "A": [\n        1,\n        2\n    ],\n    "B": {},\n    "C": {\n        "D": true\n    }\n}',
    );
  });
});
