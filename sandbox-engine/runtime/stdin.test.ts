import { describe, expect, it } from 'vitest';
import { ContainerStdin } from './stdin.ts';
import { Pipe } from '../shell/pipe.ts';
import { BytesInput } from '../shell/streams.ts';
import { fromUtf8 } from '../util/text.ts';

const settle = () => new Promise((r) => setTimeout(r, 0));

describe('ContainerStdin', () => {
  it('without -i or -t is /dev/null', async () => {
    const s = new ContainerStdin({ tty: false, open: false, once: false });
    expect(await s.read()).toBeNull();
    expect(s.waiting).toBe(false);
  });

  it('with -t only, reads wait for ever (nobody types into that terminal)', async () => {
    const s = new ContainerStdin({ tty: true, open: false, once: false });
    let done = false;
    void s.read().then(() => (done = true));
    await settle();
    expect(done).toBe(false);
    expect(s.waiting).toBe(true);
    expect(s.isTTY).toBe(true);
    s.close();
    await settle();
    expect(done).toBe(true);
  });

  it('StdinOnce: the client`s end of input closes the container`s stdin', async () => {
    const s = new ContainerStdin({ tty: false, open: true, once: true });
    const conn = s.connect(new BytesInput('hello\n'));
    expect(fromUtf8(await s.readAll())).toBe('hello\n');
    await conn.ended;
  });

  it('with -t a Ctrl-D from the client ends one read only; the client stays connected', async () => {
    const s = new ContainerStdin({ tty: true, open: true, once: true });
    const pipe = new Pipe();
    const conn = s.connect(pipe.reader);
    let ended = false;
    void conn.ended.then(() => (ended = true));
    let got: Uint8Array | null | undefined;
    void s.read().then((d) => (got = d));
    await settle();
    // The client's terminal read ends (Ctrl-D): the pending read sees end of file.
    pipe.writer.close();
    await settle();
    expect(got).toBeNull();
    expect(ended).toBe(false);
    // The next read waits for the same client again (a closed pipe keeps answering end of file).
    expect(await s.read()).toBeNull();
    expect(ended).toBe(false);
  });

  it('without -t the client`s end of input closes a StdinOnce stdin for good', async () => {
    const s = new ContainerStdin({ tty: false, open: true, once: true });
    const pipe = new Pipe();
    const conn = s.connect(pipe.reader);
    pipe.writer.close();
    expect(await s.read()).toBeNull();
    await conn.ended;
    // A new client is not read from any more.
    s.connect(new BytesInput('late\n'));
    expect(await s.read()).toBeNull();
  });

  it('without StdinOnce it stays open for the next client', async () => {
    const s = new ContainerStdin({ tty: false, open: true, once: false });
    s.connect(new BytesInput('one\n'));
    expect(fromUtf8((await s.read())!)).toBe('one\n');
    let next: Uint8Array | null | undefined;
    void s.read().then((d) => (next = d));
    await settle();
    expect(next).toBeUndefined();
    expect(s.waiting).toBe(true);
    s.connect(new BytesInput('two\n'));
    await settle();
    expect(fromUtf8(next!)).toBe('two\n');
  });

  it('disconnect lets go of a client without an end of file', async () => {
    const s = new ContainerStdin({ tty: true, open: true, once: true });
    const pipe = new Pipe();
    s.connect(pipe.reader);
    let got: Uint8Array | null | undefined;
    void s.read().then((d) => (got = d));
    await settle();
    s.disconnect(pipe.reader);
    await pipe.writer.write('late');
    await settle();
    // The data the old client sent while the read was pending is kept for the container.
    expect(got && fromUtf8(got)).toBe('late');
    let after: Uint8Array | null | undefined;
    void s.read().then((d) => (after = d));
    await settle();
    expect(after).toBeUndefined();
  });
});
