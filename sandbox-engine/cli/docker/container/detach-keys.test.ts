import { describe, expect, it } from 'vitest';
import { detachKeyBytes, escapeProxy } from './detach-keys.ts';
import { Pipe } from '../../../shell/pipe.ts';
import { fromUtf8 } from '../../../util/text.ts';

describe('detach keys', () => {
  it('moby/term ToBytes', () => {
    expect([...detachKeyBytes('ctrl-p,ctrl-q')]).toEqual([0x10, 0x11]);
    expect([...detachKeyBytes('ctrl-@,ctrl-[,ctrl-_,a,DEL')]).toEqual([0, 0x1b, 0x1f, 0x61, 127]);
    expect(() => detachKeyBytes('ctrl-1')).toThrow("Unknown character: 'ctrl-1'");
  });

  it('the sequence detaches and is not passed on; a partial one is held back, then released', async () => {
    const pipe = new Pipe();
    let detached = 0;
    const p = escapeProxy(pipe.reader, detachKeyBytes('ctrl-p,ctrl-q'), () => detached++);
    await pipe.writer.write('ab\x10');
    expect(fromUtf8((await p.read())!)).toBe('ab');
    await pipe.writer.write('c');
    expect(fromUtf8((await p.read())!)).toBe('\x10c');
    await pipe.writer.write('x\x10\x11y');
    expect(fromUtf8((await p.read())!)).toBe('x');
    expect(detached).toBe(1);
    expect((await p.read())!.length).toBe(0);
  });
});
