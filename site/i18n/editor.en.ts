/** English strings of the file editor (pair of editor.ru.ts; change both together). */
import type { EditorStrings } from '../lib/editor/strings.ts';

export const editorEn: EditorStrings = {
  heading: 'Files on the host',
  keysHelp:
    'Ctrl+S (Cmd+S on a Mac) saves the file to the simulated host, where docker build reads it. F8 shows the next error or warning. Escape leaves the editor. Ctrl+M (Ctrl+Shift+M on a Mac) switches the Tab key between indenting and moving focus.',
  filesLabel: 'Files',
  open: 'Open editor',
  save: 'Save',
  editorLabel: 'Contents of {file}',
  status: {
    closed: 'The editor is closed.',
    loading: 'Loading the editor…',
    loadFailed: 'Could not load the editor: {error}',
    reading: 'Reading {file}…',
    readFailed: 'Could not read {file}: {error}',
    newFile: '{file} does not exist yet; saving creates it.',
    saved: 'All changes saved.',
    unsaved: 'Unsaved changes.',
    saving: 'Saving…',
    saveFailed: 'Not saved: {error}',
    reloaded: '{file} changed in the terminal; the new contents are shown.',
    conflict: '{file} changed in the terminal; saving will overwrite that change.',
  },
  problems: 'Problems: {count}.',
  noProblems: 'No problems found.',
};
