/**
 * Text that reaches the terminal with no key event: dictation and voice control, the emoji
 * picker, some on-screen keyboards, an OS text substitution. The browser delivers it as a bare
 * `input` event (inputType "insertText") on xterm's hidden textarea, and xterm.js 6 ignores such
 * events while screen-reader mode is on (it leaves them to bubble for the screen reader), so the
 * text was lost: `echo "привет"` sent that way arrived as `echo ""`. Typing on a keyboard, of any
 * layout, is unaffected: xterm takes the character from the keydown, and the `input` that follows
 * it is skipped here. Compositions (IMEs) are xterm's own business and are skipped too.
 */
import type { Terminal } from '@xterm/xterm';

export function forwardKeylessInput(term: Terminal): void {
  const ta = term.textarea;
  if (!ta) return;
  // Set by a keydown, cleared by the input it produced (or its keyup): an input with none before
  // it came from no key.
  let keyDown = false;
  ta.addEventListener('keydown', () => void (keyDown = true), true);
  ta.addEventListener('keyup', () => void (keyDown = false), true);
  ta.addEventListener(
    'input',
    (ev) => {
      const e = ev as InputEvent;
      const fromKey = keyDown;
      keyDown = false;
      if (fromKey || e.isComposing || e.inputType !== 'insertText' || !e.data) return;
      // Without screen-reader mode xterm forwards it itself.
      if (!term.options.screenReaderMode) return;
      term.input(e.data, true);
    },
    true,
  );
}
