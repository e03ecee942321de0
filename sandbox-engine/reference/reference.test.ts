import { describe, expect, it } from 'vitest';
import { familiarString, fullString, parseNormalizedNamed, tagNameOnly } from './reference.ts';

describe('reference parsing (distribution/reference)', () => {
  it('normalizes Docker Hub names', () => {
    const r = tagNameOnly(parseNormalizedNamed('alpine'));
    expect(fullString(r)).toBe('docker.io/library/alpine:latest');
    expect(familiarString(r)).toBe('alpine:latest');
    expect(familiarString(tagNameOnly(parseNormalizedNamed('user/app:1.0')))).toBe('user/app:1.0');
    expect(fullString(parseNormalizedNamed('localhost:5000/app'))).toBe('localhost:5000/app');
    expect(familiarString(parseNormalizedNamed('index.docker.io/library/nginx:alpine'))).toBe('nginx:alpine');
  });

  // Texts recorded from the real CLI 28.2.2 (client-side parse): `docker pull '<ref>'`, exit 1.
  it.each([
    ['Ubuntu', 'invalid reference format: repository name (library/Ubuntu) must be lowercase'],
    ['foo/Bar', 'invalid reference format: repository name (foo/Bar) must be lowercase'],
    ['alpine:', 'invalid reference format'],
    ['a b', 'invalid reference format'],
    ['alpine:bad@tag', 'invalid reference format'],
    [
      'b'.repeat(64),
      `invalid repository name (${'b'.repeat(64)}), cannot specify 64-byte hexadecimal strings`,
    ],
  ])('rejects %j', (input, message) => {
    expect(() => parseNormalizedNamed(input)).toThrow(message);
  });
});
