/**
 * `docker build --secret` specs as buildx v0.29.1 and BuildKit v0.25.2 take them (sources in
 * build-secrets.ts): parse errors of any spec first and unwrapped, store errors wrapped in
 * "failed to build" (commands/build.go:461), an env= secret whose variable is unset served empty
 * (secretsprovider/store.go GetSecret: os.Getenv).
 */
import { describe, expect, it } from 'vitest';
import { createHost } from '../../../host/host.ts';
import { fromUtf8 } from '../../../util/text.ts';
import { readSecrets, SecretSpecError } from './build-secrets.ts';

function setup() {
  const host = createHost({ seed: 1 });
  const fs = host.fs(host.credOf('student')!, '/home/student');
  fs.writeFile('key.json', '{"token": "t"}\n');
  return fs;
}

function message(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (e instanceof SecretSpecError) return e.message;
    throw e;
  }
  return '';
}

describe('build --secret', () => {
  it('reads files, variables, and the id as either', () => {
    const fs = setup();
    const s = readSecrets(['id=k,src=key.json', 'id=e,env=TOKEN', 'id=TOKEN', 'id=key.json'], fs, { TOKEN: 'abc' });
    expect(fromUtf8(s.get('k')!)).toBe('{"token": "t"}\n');
    expect(fromUtf8(s.get('e')!)).toBe('abc');
    expect(fromUtf8(s.get('TOKEN')!)).toBe('abc');
    expect(fromUtf8(s.get('key.json')!)).toBe('{"token": "t"}\n');
  });

  it('serves an unset variable as an empty secret', () => {
    const s = readSecrets(['id=k,env=UNSET'], setup(), {});
    expect(s.get('k')?.length).toBe(0);
  });

  it('parses every spec before making the store', () => {
    const fs = setup();
    expect(message(() => readSecrets(['id=a,src=nosuch', 'bogus'], fs, {}))).toBe("invalid field 'bogus' must be a key=value pair");
    expect(message(() => readSecrets(['id=a,src=nosuch'], fs, {}))).toBe('failed to build: failed to stat nosuch: stat nosuch: no such file or directory');
    expect(message(() => readSecrets(['src=key.json'], fs, {}))).toBe('failed to build: secret missing ID');
    expect(message(() => readSecrets(['id=a,type=bogus'], fs, {}))).toBe('unsupported secret type "bogus"');
  });
});
