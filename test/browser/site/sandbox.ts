/**
 * The sandbox page (the Workspace with no exercise): commands typed into the xterm.js terminal,
 * docker included, line editing, Ctrl-C, Ctrl-D, Ctrl-L, continuation prompts, pasted scripts,
 * `docker run -it`, type-ahead; the Russian page; text typed on a national keyboard layout; and
 * "share", whose link replays the session in a fresh browser.
 */
import { afterEach, describe, expect, it } from 'vitest';
import type { BrowserContext } from 'playwright-core';
import { env, openContext, type OpenedPage } from './env.ts';
import { count, focusTerminal, PROMPT, screen, typeText, until, waitForPrompt, waitForScreen } from './term.ts';

export function sandboxSuite(): void {
  describe('sandbox page', () => {
    const contexts: BrowserContext[] = [];
    const open = async (): Promise<OpenedPage> => {
      const o = await openContext({ viewport: { width: 1000, height: 800 } });
      contexts.push(o.context);
      return o;
    };
    afterEach(async () => {
      for (const c of contexts.splice(0)) await c.close();
    });

    it('runs commands typed into the terminal, docker included, and Ctrl-C stops a loop', async () => {
      const { page, errors } = await open();
      await page.goto(`${env.base}/en/sandbox/`);
      expect(await page.getAttribute('html', 'lang')).toBe('en');
      // The terminal region has an accessible name; xterm's screen-reader mode is on.
      expect(await page.locator('[data-terminal]').getAttribute('aria-labelledby')).toBeTruthy();
      await waitForScreen(page, (t) => t.includes(PROMPT), 'the first prompt');
      expect(await page.locator('.xterm-accessibility-tree').count()).toBe(1);

      await page.locator('.xterm-helper-textarea').focus();
      await page.keyboard.type('echo hi');
      await page.keyboard.press('Enter');
      let text = await waitForScreen(page, (t) => count(t, PROMPT) >= 2, 'echo hi to finish');
      expect(text).toContain(`${PROMPT} echo hi\nhi\n${PROMPT}`);

      // Line editing: go home, fix the command, go to the end, and run it.
      await page.keyboard.type('cho edited');
      await page.keyboard.press('Home');
      await page.keyboard.type('e');
      await page.keyboard.press('End');
      await page.keyboard.type('!');
      await page.keyboard.press('Backspace');
      await page.keyboard.press('Enter');
      text = await waitForScreen(page, (t) => count(t, PROMPT) >= 3, 'echo edited to finish');
      expect(text).toContain(`${PROMPT} echo edited\nedited\n${PROMPT}`);

      await page.keyboard.type('docker run --rm alpine echo hello');
      await page.keyboard.press('Enter');
      text = await waitForScreen(page, (t) => count(t, PROMPT) >= 4, 'docker run to finish', 30_000);
      expect(text).toMatch(/docker run --rm alpine echo hello\n[^]*\nhello\n/);
      expect(text.endsWith(PROMPT)).toBe(true);
          // A clear screen, so nothing scrolls away below whatever the font makes the row count.
      await page.keyboard.press('Control+L');
      await waitForScreen(page, (t) => t === PROMPT, 'a clear screen');

      // A program reading the terminal gets the typed line; Ctrl-D ends a program's input.
      await page.keyboard.type('read -r x; echo "got $x"');
      await page.keyboard.press('Enter');
      await page.keyboard.type('typed line');
      await page.keyboard.press('Enter');
      text = await waitForScreen(page, (t) => count(t, PROMPT) >= 2, 'read to finish');
      expect(text.endsWith(`${PROMPT} read -r x; echo "got $x"\ntyped line\ngot typed line\n${PROMPT}`)).toBe(true);
      await page.keyboard.type('cat');
      await page.keyboard.press('Enter');
      await page.keyboard.type('to cat');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+D');
      text = await waitForScreen(page, (t) => count(t, PROMPT) >= 3, 'cat to end on Ctrl-D');
      expect(text.endsWith(`${PROMPT} cat\nto cat\nto cat\n${PROMPT}`)).toBe(true);

      // The engine runs this loop to its step limit in a few hundred milliseconds: Ctrl-C goes at
      // once, and must land through the worker's yields before the limit does.
      await page.keyboard.type('while true; do :; done');
      await page.keyboard.press('Enter');
      await page.keyboard.press('Control+C');
      text = await waitForScreen(page, (t) => count(t, PROMPT) >= 4, 'the prompt after Ctrl-C', 5_000);
      expect(text).toContain(`${PROMPT} while true; do :; done\n^C\n${PROMPT}`);
      expect(text).not.toContain('step limit');

      // The interrupted status is what bash gives: 128 + SIGINT.
      await page.keyboard.type('echo $?');
      await page.keyboard.press('Enter');
      text = await waitForScreen(page, (t) => count(t, PROMPT) >= 5, 'echo $?');
      expect(text).toContain('echo $?\n130\n');

      // Up arrow brings the last command back.
      await page.keyboard.press('ArrowUp');
      await page.keyboard.press('Enter');
      text = await waitForScreen(page, (t) => count(t, PROMPT) >= 6, 'the recalled command');
      expect(text.endsWith(`${PROMPT} echo $?\n0\n${PROMPT}`)).toBe(true);

      expect(errors).toEqual([]);
    }, 60_000);

    it('continuation prompts, Ctrl-C there, a pasted script, Ctrl-L, and docker run -it', async () => {
      const { page, errors } = await open();
      await page.goto(`${env.base}/en/sandbox/`);
      await waitForScreen(page, (t) => t.includes(PROMPT), 'the first prompt');
      await page.locator('.xterm-helper-textarea').focus();

      // An open `if` asks for more with PS2; Ctrl-C there drops it and gives PS1 back.
      await page.keyboard.type('if true');
      await page.keyboard.press('Enter');
      await waitForScreen(page, (t) => t.endsWith('\n>'), 'the continuation prompt');
      await page.keyboard.type('then echo');
      await page.keyboard.press('Control+C');
      let text = await waitForScreen(page, (t) => count(t, PROMPT) >= 2, 'PS1 after Ctrl-C');
      expect(text).toBe(`${PROMPT} if true\n> then echo^C\n${PROMPT}`);
      await page.keyboard.type('if true');
      await page.keyboard.press('Enter');
      await waitForScreen(page, (t) => t.endsWith('\n>'), 'the continuation prompt');
      await page.keyboard.type('then echo yes; fi');
      await page.keyboard.press('Enter');
      text = await waitForScreen(page, (t) => count(t, PROMPT) >= 3, 'the if to finish');
      expect(text.endsWith(`${PROMPT} if true\n> then echo yes; fi\nyes\n${PROMPT}`)).toBe(true);

      // A paste of several lines: each line shows after the prompt that asks for it, once.
      const paste = (text: string) =>
        page.evaluate((t) => {
          const data = new DataTransfer();
          data.setData('text/plain', t);
          const ta = document.querySelector('.xterm-helper-textarea')!;
          ta.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
        }, text);
      await paste('echo one\nif true\nthen echo two; fi\n');
      text = await waitForScreen(page, (t) => t.endsWith(`two\n${PROMPT}`), 'the pasted lines to run');
      expect(text.endsWith(`${PROMPT} echo one\none\n${PROMPT} if true\n> then echo two; fi\ntwo\n${PROMPT}`)).toBe(true);
      // Pasted lines after a command that reads the terminal are its input.
      await paste('cat\nfor cat\n');
      // cat may have copied the line already (or not yet): both are fine here.
      await waitForScreen(page, (t) => t.endsWith(`${PROMPT} cat\nfor cat`) || t.endsWith(`${PROMPT} cat\nfor cat\nfor cat`), 'cat to get the pasted line');
      await page.keyboard.press('Control+D');
      text = await waitForScreen(page, (t) => t.endsWith(`${PROMPT} cat\nfor cat\nfor cat\n${PROMPT}`), 'cat to end');

      // Ctrl-L clears the screen.
      await page.keyboard.press('Control+L');
      await waitForScreen(page, (t) => t === PROMPT, 'a clear screen');

      // The shell inside a container reads what is typed; exit brings the host prompt back.
      await page.keyboard.type('docker run -it --rm alpine sh');
      await page.keyboard.press('Enter');
      await waitForScreen(page, (t) => t.endsWith('/ #'), 'the container prompt', 30_000);
      // Ctrl-C at the container's prompt and during a command there: the shell stays.
      await page.keyboard.type('ech');
      await page.keyboard.press('Control+C');
      await waitForScreen(page, (t) => t.endsWith('/ # ech^C\n/ #'), 'a new container prompt');
      await page.keyboard.type('sleep 1000');
      await page.keyboard.press('Enter');
      await waitForScreen(page, (t) => t.endsWith('/ # sleep 1000'), 'sleep to start');
      await page.keyboard.press('Control+C');
      await waitForScreen(page, (t) => t.endsWith('/ # sleep 1000\n^C\n/ #'), 'the container prompt after Ctrl-C');
      await page.keyboard.type('echo inside $((6*7))');
      await page.keyboard.press('Enter');
      text = await waitForScreen(page, (t) => count(t, '/ #') >= 4, 'the command in the container');
      expect(text).toContain('/ # echo inside $((6*7))\ninside 42\n/ #');
      await page.keyboard.type('exit');
      await page.keyboard.press('Enter');
      text = await waitForScreen(page, (t) => t.endsWith(PROMPT), 'the host prompt after exit');
      expect(text.endsWith(`/ # exit\n${PROMPT}`)).toBe(true);

      // Typed while a command runs: whole lines run after it, a partial line starts the next
      // prompt's line (whether the keys land during the loop or after it, the end is the same).
      await page.keyboard.press('Control+L');
      await waitForScreen(page, (t) => t === PROMPT, 'a clear screen');
      await page.keyboard.type('i=0; while [ $i -lt 20000 ]; do i=$((i+1)); done');
      await page.keyboard.press('Enter');
      await page.keyboard.type('echo after');
      await page.keyboard.press('Enter');
      await page.keyboard.type('echo par');
      await waitForScreen(page, (t) => t.endsWith(`after\n${PROMPT} echo par`), 'the partial line after the prompt');
      await page.keyboard.type('tial');
      await page.keyboard.press('Enter');
      text = await waitForScreen(page, (t) => t.endsWith(`${PROMPT} echo partial\npartial\n${PROMPT}`), 'the completed line to run');
      expect(text).toContain(`${PROMPT} echo after\nafter\n`);
      expect(errors).toEqual([]);
    }, 60_000);

    it('the Russian page says so and links from the Russian index', async () => {
      const { page } = await open();
      await page.goto(`${env.base}/ru/`);
      await page.locator('a[href="/ru/sandbox/"]').first().click();
      await page.waitForURL(`${env.base}/ru/sandbox/`);
      expect(await page.getAttribute('html', 'lang')).toBe('ru');
      expect(await page.textContent('h1')).toBe('Песочница');
      expect(await page.getAttribute('.xterm-helper-textarea', 'aria-label')).toBe('Ввод в терминал');
      await waitForScreen(page, (t) => t.includes(PROMPT), 'the first prompt');
    }, 30_000);

    it('text typed on a Russian keyboard layout reaches the shell', async () => {
      const { page, errors } = await open();
      await page.goto(`${env.base}/ru/sandbox/`);
      await waitForPrompt(page);
      await focusTerminal(page);
      await typeText(page, 'echo "привет, мир"');
      await page.keyboard.press('Enter');
      const text = await waitForScreen(page, (t) => count(t, PROMPT) >= 2, 'echo to finish');
      expect(text).toBe(`${PROMPT} echo "привет, мир"\nпривет, мир\n${PROMPT}`);
      expect(errors).toEqual([]);
    }, 30_000);

    it('text that comes with no key event (dictation, emoji picker, on-screen keyboards) reaches the shell once', async () => {
      const { page, errors } = await open();
      await page.goto(`${env.base}/ru/sandbox/`);
      await waitForPrompt(page);
      await focusTerminal(page);
      // keyboard.insertText sends a bare \`input\` event of type insertText, as dictation does.
      await page.keyboard.type('echo "');
      await page.keyboard.insertText('привет 👋');
      await page.keyboard.type('" ok');
      await page.keyboard.press('Enter');
      const text = await waitForScreen(page, (t) => count(t, PROMPT) >= 2, 'echo to finish');
      expect(text).toBe(`${PROMPT} echo "привет 👋" ok\nпривет 👋 ok\n${PROMPT}`);
      expect(errors).toEqual([]);
    }, 30_000);

    it('share: the link replays the session in a fresh browser, and a damaged link is refused', async () => {
      const { context, page, errors } = await open();
      await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
      await page.goto(`${env.base}/en/sandbox/`);
      await waitForPrompt(page);
      await focusTerminal(page);
      for (const line of ['docker volume create notes', "docker run --name keeper -v notes:/n alpine sh -c 'echo kept > /n/f'", 'echo "$((6*7))" > answer']) {
        const before = count(await screen(page), PROMPT);
        await page.keyboard.type(line);
        await page.keyboard.press('Enter');
        await waitForScreen(page, (t) => count(t, PROMPT) > before && t.endsWith(PROMPT), `\`${line}\``, 30_000);
      }
      await page.click('[data-share]');
      const url = await until('the share link', () => page.inputValue('[data-share-url]'), (u) => u.includes('#log='));
      expect(url.startsWith(`${env.base}/en/sandbox/#log=`)).toBe(true);
      // The message follows the clipboard write, which may finish after the link is shown.
      const copied = 'The link is copied. Whoever opens it gets your commands replayed.';
      expect(await until('the copied message', () => page.textContent('[data-message]'), (m) => m === copied)).toBe(copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(url);
      expect(errors).toEqual([]);

      // Someone else (a new browser profile) opens it.
      const other = await open();
      await other.page.goto(url);
      await waitForPrompt(other.page);
      const opened = 'A shared session was opened: its 3 lines are replayed.';
      expect(await until('the shared-session message', () => other.page.textContent('[data-message]'), (m) => m === opened)).toBe(opened);
      // The fragment is dropped: a reload replays the saved session, not the link again.
      expect(other.page.url()).toBe(`${env.base}/en/sandbox/`);
      await focusTerminal(other.page);
      await other.page.keyboard.type('cat answer; docker ps -a --format "{{.Names}} {{.Status}}"; docker run --rm -v notes:/n alpine cat /n/f');
      await other.page.keyboard.press('Enter');
      const text = await waitForScreen(other.page, (t) => count(t, PROMPT) >= 2, 'the commands on the replayed host', 30_000);
      expect(text).toMatch(/\n42\nkeeper Exited \(0\) [^\n]+\nkept\n/);
      // The replayed log is now this browser's sandbox.
      const saved = await other.page.evaluate(() => JSON.parse(localStorage.getItem('dockersim-progress-v1') ?? '{}').sandbox?.log?.length);
      expect(saved).toBe(4);
      expect(other.errors).toEqual([]);

      // A damaged link opens the student's own sandbox, saying why.
      const third = await open();
      await third.page.goto(`${env.base}/en/sandbox/#log=AAAA!!`);
      await waitForPrompt(third.page);
      expect(await third.page.getAttribute('[data-message]', 'data-kind')).toBe('error');
      expect(await third.page.textContent('[data-message]')).toBe('The shared link is damaged; your own sandbox was opened instead.');
      expect(third.errors).toEqual([]);
    }, 90_000);
  });
}
