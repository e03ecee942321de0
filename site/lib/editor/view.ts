/**
 * The monaco side of the file editor, loaded only when the student opens it (mount.ts imports this
 * module dynamically, so monaco and the Dockerfile parser land in chunks of their own).
 *
 * Only what the editor needs is imported: monaco's core API (not the `monaco-editor` entry, which
 * registers every feature and language), a few editing features, and the Dockerfile and shell
 * tokenizers. No TypeScript/JSON/CSS/HTML language services, so the only worker is monaco's
 * editor worker, bundled by Vite through `?worker`.
 */
import * as monaco from 'monaco-editor/editor';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/comment/register';
import 'monaco-editor/features/cursorUndo/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/features/gotoError/register';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register';
import 'monaco-editor/features/toggleTabFocusMode/register';
import 'monaco-editor/features/wordOperations/register';
import 'monaco-editor/languages/definitions/dockerfile/register';
import 'monaco-editor/languages/definitions/shell/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import { diagnose } from '../../../sandbox-engine/builder/dockerfile/diagnostics.ts';
import type { EditorView, ViewCallbacks } from './controller.ts';
import { hostPath, isDockerfile, languageFor } from './files.ts';
import { toMarkers } from './markers.ts';
import { fill, type EditorStrings } from './strings.ts';

/** Diagnose after the student pauses typing, not on every key. */
const DIAGNOSE_DELAY_MS = 300;
const MARKER_OWNER = 'dockersim';

// monaco asks for its editor worker (word ranges, diffs) through this hook.
self.MonacoEnvironment = { getWorker: () => new EditorWorker() };

export function createView(host: HTMLElement, strings: EditorStrings, cb: ViewCallbacks): EditorView {
  const models = new Map<string, monaco.editor.ITextModel>();
  const timers = new Map<string, ReturnType<typeof setTimeout>>();
  let current = '';
  // The host element is hidden until the controller shows the first file; monaco measures on layout.
  host.hidden = false;
  const editor = monaco.editor.create(host, {
    automaticLayout: true,
    minimap: { enabled: false },
    scrollBeyondLastLine: false,
    fontSize: 14,
    lineNumbersMinChars: 3,
    // Tab indents; Ctrl+M (documented next to the editor) switches Tab to moving focus.
    tabFocusMode: false,
    accessibilitySupport: 'auto',
    fixedOverflowWidgets: true,
    renderWhitespace: 'trailing',
    readOnly: true,
  });

  const diagnoseNow = (path: string): void => {
    const model = models.get(path);
    if (model === undefined || model.isDisposed()) return;
    const diagnostics = diagnose(model.getValue());
    monaco.editor.setModelMarkers(model, MARKER_OWNER, toMarkers(diagnostics, model.getLinesContent()));
    cb.onProblems(path, diagnostics.length);
  };
  const scheduleDiagnose = (path: string, delay: number): void => {
    if (!isDockerfile(path)) return;
    clearTimeout(timers.get(path));
    timers.set(path, setTimeout(() => diagnoseNow(path), delay));
  };

  const modelFor = (path: string, text: string): monaco.editor.ITextModel => {
    let model = models.get(path);
    if (model === undefined) {
      model = monaco.editor.createModel(text, languageFor(path), monaco.Uri.file(hostPath(path)));
      models.set(path, model);
      const m = model;
      m.onDidChangeContent(() => {
        cb.onEdit(path, m.getValue());
        scheduleDiagnose(path, DIAGNOSE_DELAY_MS);
      });
      scheduleDiagnose(path, 0);
    }
    return model;
  };

  // Ctrl/Cmd-S saves; Escape leaves the editor unless a widget (find, suggest, hover, problem
  // peek) is open and needs the key to close.
  editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => cb.onSave());
  editor.addCommand(
    monaco.KeyCode.Escape,
    () => cb.onEscape(),
    '!findWidgetVisible && !suggestWidgetVisible && !parameterHintsVisible && !editorHoverVisible' +
      ' && !markersNavigationVisible && !renameInputVisible && !editorHasMultipleSelections',
  );

  return {
    show(path, text, editable) {
      const model = modelFor(path, text);
      // The buffer is the truth after a (late) first read; edits made here already match it.
      if (model.getValue() !== text) model.setValue(text);
      if (current !== path) {
        current = path;
        editor.setModel(model);
      }
      editor.updateOptions({ readOnly: !editable, ariaLabel: fill(strings.editorLabel, { file: path }) });
    },
    replace(path, text) {
      const model = models.get(path);
      if (model === undefined || model.getValue() === text) return;
      model.pushEditOperations([], [{ range: model.getFullModelRange(), text }], () => null);
      model.pushStackElement();
    },
    focus() {
      editor.focus();
    },
    dispose() {
      for (const t of timers.values()) clearTimeout(t);
      editor.dispose();
      for (const m of models.values()) m.dispose();
      models.clear();
    },
  };
}
