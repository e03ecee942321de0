/**
 * The Workspace's client script (site/components/Workspace.astro): mounts the terminal with the
 * saved log (or a shared link's), then on every state saves the progress (session.ts), redraws the
 * task panel and the inspector, and announces tasks that turned green. Wires the progress controls
 * and every `button[data-run]` on the page (click-to-run). The markup's hooks are listed at the top
 * of Workspace.astro.
 */
import type { Lang } from '../../../graders/model.ts';
import { translate } from '../../../graders/i18n/index.ts';
import { mountTerminal, type MountedTerminal } from '../terminal/terminal.ts';
import { mountEditor } from '../editor/mount.ts';
import type { LessonState } from '../terminal/protocol.ts';
import { pickerOptions, renderInspector } from '../inspector/view.ts';
import { progressStore, type ProgressStore } from '../progress/store.ts';
import { LessonSession } from './session.ts';
import { fill, type WorkspaceStrings } from './strings.ts';
import { checkSummary, renderGrade } from './tasks-view.ts';

export interface WorkspaceDeps {
  store?: ProgressStore;
}

export interface StartedWorkspace {
  terminal: MountedTerminal;
  session: LessonSession;
}

function q<T extends Element = HTMLElement>(root: ParentNode, sel: string): T | null {
  return root.querySelector<T & Element>(sel) as T | null;
}

export function startWorkspace(root: HTMLElement, deps: WorkspaceDeps = {}): StartedWorkspace | null {
  const termEl = q(root, '[data-terminal]');
  if (!termEl) return null;
  const s = JSON.parse(root.dataset.strings ?? '{}') as WorkspaceStrings;
  const lang: Lang = root.dataset.lang === 'ru' ? 'ru' : 'en';
  const exercise = root.dataset.exercise || undefined;
  const session = new LessonSession({ exercise, key: root.dataset.progressKey, store: deps.store ?? progressStore() });

  const message = q(root, '[data-message]');
  const say = (text: string, kind: 'info' | 'error' = 'info'): void => {
    if (!message) return;
    message.dataset.kind = kind;
    message.textContent = text;
  };

  const start = session.initialRun(exercise, location.hash);
  if (start.shared !== undefined) {
    // The link's session is now the saved one: drop the fragment so a reload keeps what follows.
    history.replaceState(history.state, '', location.pathname + location.search);
    if (start.shared === 'damaged') say(s.progress.sharedDamaged, 'error');
    else say(fill(s.progress.sharedLoaded, { count: start.shared.lines }));
  }
  const terminal = mountTerminal(termEl, start.options);
  session.attach(terminal);

  const taskList = q(root, '[data-task-list]');
  const checkResult = q(root, '[data-check-result]');
  const announce = q(root, '[data-announce]');
  const undoBtn = q<HTMLButtonElement>(root, '[data-undo]');
  const picker = q<HTMLSelectElement>(root, '[data-container-picker]');
  const view = q(root, '[data-inspector-view]');
  let saveWarned = false;
  let lastLogLength = -1;

  terminal.onState((state: LessonState) => {
    const out = session.onState(state);
    if (!out.saved && !saveWarned) {
      saveWarned = true;
      say(s.progress.saveFailed, 'error');
    }
    if (state.grade && taskList) taskList.innerHTML = renderGrade(state.grade, s.tasks, lang);
    // A shown check result is about an older state once the log has moved on.
    if (checkResult && state.log.length !== lastLogLength) checkResult.hidden = true;
    lastLogLength = state.log.length;
    if (announce && out.turnedGreen.length > 0) {
      announce.textContent = out.turnedGreen.map((t) => fill(s.tasks.turnedGreen, { title: translate(t, lang).replace(/`/g, '') })).join(' ');
    }
    if (undoBtn) undoBtn.disabled = !session.canUndo;
    drawInspector(state);
  });

  function drawInspector(state: LessonState): void {
    if (picker) {
      const chosen = picker.value;
      const options = pickerOptions(state.inspector.containers, s.inspector);
      // Rebuilt only when the list changed, so a keyboard user browsing it is not disturbed.
      const want = JSON.stringify(options);
      if (picker.dataset.options !== want) {
        picker.dataset.options = want;
        picker.replaceChildren(picker.options[0] ?? new Option(s.inspector.newest, ''), ...options.map((o) => new Option(o.label, o.value)));
      }
      if (chosen !== '' && !options.some((o) => o.value === chosen)) {
        // The chosen container is gone: follow the newest again, here and in the worker.
        picker.value = '';
        terminal.select(null);
      } else picker.value = chosen;
    }
    if (view) view.innerHTML = renderInspector(state.inspector, s.inspector);
  }

  picker?.addEventListener('change', () => terminal.select(picker.value === '' ? null : picker.value));

  q(root, '[data-check]')?.addEventListener('click', () => {
    const g = session.state?.grade;
    if (!checkResult) return;
    checkResult.textContent = g ? checkSummary(g, s.tasks) : s.tasks.loading;
    checkResult.hidden = false;
    checkResult.focus();
  });

  undoBtn?.addEventListener('click', () => {
    const removed = session.undo();
    if (removed === null) return say(s.progress.nothingToUndo);
    undoBtn.disabled = true;
    say(fill(s.progress.undone, { command: removed }));
  });

  q(root, '[data-reset]')?.addEventListener('click', () => {
    const ask = exercise === undefined ? s.progress.resetSandboxConfirm : s.progress.resetConfirm;
    if (!window.confirm(ask)) return;
    session.reset();
    if (undoBtn) undoBtn.disabled = true;
    if (checkResult) checkResult.hidden = true;
    say(s.progress.resetDone);
  });

  q(root, '[data-export]')?.addEventListener('click', () => {
    const blob = new Blob([session.exportText()], { type: 'application/json' });
    const a = document.createElement('a');
    a.href = URL.createObjectURL(blob);
    a.download = fill(s.progress.fileName, { date: new Date().toISOString().slice(0, 10) }) + '.json';
    document.body.append(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
    say(s.progress.exported);
  });

  const fileInput = q<HTMLInputElement>(root, '[data-import-file]');
  q(root, '[data-import]')?.addEventListener('click', () => fileInput?.click());
  fileInput?.addEventListener('change', async () => {
    const file = fileInput.files?.[0];
    fileInput.value = '';
    if (!file) return;
    let text: string;
    try {
      text = await file.text();
    } catch {
      return say(s.progress.importError.read, 'error');
    }
    const r = session.importText(text);
    if (!r.ok) return say(s.progress.importError[r.error], 'error');
    say(r.exercises.length === 0 ? s.progress.importedNothing : fill(s.progress.imported, { list: r.exercises.join(', ') }));
  });

  const shareBox = q(root, '[data-share-box]');
  const shareInput = q<HTMLInputElement>(root, '[data-share-url]');
  q(root, '[data-share]')?.addEventListener('click', async () => {
    const url = session.shareLink(location.href);
    if (shareInput) shareInput.value = url;
    if (shareBox) shareBox.hidden = false;
    try {
      await navigator.clipboard.writeText(url);
      say(s.progress.copied);
    } catch {
      say(s.progress.copyManually);
      shareInput?.focus();
      shareInput?.select();
    }
  });

  // Click-to-run: every command example on the page, including ones added later.
  document.addEventListener('click', (ev) => {
    const btn = (ev.target as Element | null)?.closest?.<HTMLButtonElement>('button[data-run]');
    if (!btn || btn.disabled) return;
    const lines = btn.dataset.run ?? '';
    if (lines.trim() === '') return;
    terminal.run(lines);
    termEl.scrollIntoView({ block: 'nearest' });
  });

  // The editor loads monaco itself, only when the student opens it.
  const editorEl = q(root, '[data-file-editor]');
  if (editorEl) mountEditor(editorEl, terminal);

  return { terminal, session };
}
