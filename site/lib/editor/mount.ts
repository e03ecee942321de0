/**
 * The editor's client entry, called by the Workspace's script with FileEditor.astro's root:
 *   mountEditor(document.querySelector('[data-file-editor]')!, terminal)
 * This module is part of the lesson page's first JavaScript, so it stays small: it wires the tabs
 * and buttons, and imports monaco (./view.ts, its own chunks) only when the student opens the
 * editor. Data attributes it maintains are listed in FileEditor.astro.
 */
import { EditorController, type EditorSnapshot, type EditorTerminal } from './controller.ts';
import type { EditorStrings } from './strings.ts';

export type { EditorTerminal } from './controller.ts';

/** Mounted editors, so a second call on the same element does nothing (and tests can reach it). */
const mounted = new WeakMap<HTMLElement, EditorController>();

export function mountEditor(el: HTMLElement, terminal: EditorTerminal): void {
  if (mounted.has(el)) return;
  const files = JSON.parse(el.dataset.files ?? '[]') as string[];
  const strings = JSON.parse(el.dataset.strings ?? '{}') as EditorStrings;
  const tabs = [...el.querySelectorAll<HTMLButtonElement>('[data-editor-tab]')];
  const openButton = el.querySelector<HTMLButtonElement>('[data-editor-open]');
  const saveButton = el.querySelector<HTMLButtonElement>('[data-editor-save]');
  const status = el.querySelector<HTMLElement>('[data-editor-status]');
  const host = el.querySelector<HTMLElement>('[data-editor-host]');
  if (files.length === 0 || host === null) return;

  const tabFor = (path: string) => tabs.find((t) => t.dataset.editorTab === path);

  const render = (s: EditorSnapshot): void => {
    el.dataset.state = s.phase;
    for (const t of tabs) {
      const selected = t.dataset.editorTab === s.current;
      t.setAttribute('aria-selected', String(selected));
      t.tabIndex = selected ? 0 : -1;
    }
    const tab = tabFor(s.current);
    if (tab !== undefined) host.setAttribute('aria-labelledby', tab.id);
    host.hidden = s.phase !== 'open';
    if (openButton !== null) openButton.hidden = s.phase === 'open';
    if (openButton !== null) openButton.disabled = s.phase === 'loading';
    if (saveButton !== null) saveButton.disabled = !s.canSave;
    if (status !== null) {
      status.dataset.status = s.status;
      if (s.problems === null) delete status.dataset.problems;
      else status.dataset.problems = String(s.problems);
      // Only touch the live region when the words change, so screen readers are not flooded.
      if (status.textContent !== s.message) status.textContent = s.message;
    }
  };

  const controller = new EditorController({
    files,
    terminal,
    strings,
    render,
    createView: async (callbacks) => {
      const { createView } = await import('./view.ts');
      return createView(host, strings, callbacks);
    },
    leave: () => tabFor(controller.currentFile)?.focus(),
  });
  mounted.set(el, controller);

  openButton?.addEventListener('click', () => void controller.open());
  saveButton?.addEventListener('click', () => void controller.save());
  for (const t of tabs) {
    t.addEventListener('click', () => {
      controller.select(t.dataset.editorTab!);
      void controller.open();
    });
  }
  // WAI-ARIA tabs: arrows, Home and End move between tabs (and select them).
  el.querySelector('[role="tablist"]')?.addEventListener('keydown', (event) => {
    const e = event as KeyboardEvent;
    const i = tabs.findIndex((t) => t === document.activeElement);
    if (i < 0) return;
    const next =
      e.key === 'ArrowRight' ? (i + 1) % tabs.length
      : e.key === 'ArrowLeft' ? (i - 1 + tabs.length) % tabs.length
      : e.key === 'Home' ? 0
      : e.key === 'End' ? tabs.length - 1
      : -1;
    if (next < 0) return;
    e.preventDefault();
    tabs[next].focus();
    controller.select(tabs[next].dataset.editorTab!);
  });
  // Ctrl/Cmd-S anywhere in the region saves instead of saving the web page. (Inside monaco its own
  // command handles it first.)
  el.addEventListener('keydown', (e) => {
    if (e.defaultPrevented) return;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 's') {
      e.preventDefault();
      void controller.save();
    }
  });
}
