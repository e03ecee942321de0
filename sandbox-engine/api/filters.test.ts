import { describe, expect, it } from 'vitest';
import { FilterArgs } from './filters.ts';

describe('filter args (moby api/types/filters)', () => {
  it('validate, bool values and their errors', () => {
    const f = FilterArgs.fromList(['dangling=true', 'label=a=b']);
    expect(() => f.validate(new Set(['dangling']))).toThrow("invalid filter 'label'");
    expect(f.getBoolOrDefault('dangling', false)).toBe(true);
    expect(f.getBoolOrDefault('other', true)).toBe(true);
    expect(() => FilterArgs.fromList(['dangling=maybe']).getBoolOrDefault('dangling', false)).toThrow("invalid filter 'dangling=[maybe]'");
    expect(() => FilterArgs.fromList(['dangling=true', 'dangling=false']).getBoolOrDefault('dangling', false)).toThrow(
      "invalid filter 'dangling=[true false]'",
    );
  });

  it('label matching: a key, or key=value', () => {
    const f = FilterArgs.fromList(['label=a', 'label=b=2']);
    expect(f.matchKVList('label', { a: 'x', b: '2' })).toBe(true);
    expect(f.matchKVList('label', { a: 'x', b: '3' })).toBe(false);
    expect(f.matchKVList('label', null)).toBe(false);
    expect(f.matchKVList('none', null)).toBe(true);
  });
});
