/** Русские строки редактора файлов (пара к editor.en.ts; меняйте оба файла вместе). */
import type { EditorStrings } from '../lib/editor/strings.ts';

export const editorRu: EditorStrings = {
  heading: 'Файлы на хосте',
  keysHelp:
    'Ctrl+S (на Mac — Cmd+S) сохраняет файл на имитированном хосте — оттуда его и прочитает docker build. F8 показывает следующую ошибку или предупреждение. Escape выводит из редактора. Ctrl+M (на Mac — Ctrl+Shift+M) переключает клавишу Tab: отступ или переход к следующему элементу.',
  filesLabel: 'Файлы',
  open: 'Открыть редактор',
  save: 'Сохранить',
  editorLabel: 'Содержимое файла {file}',
  status: {
    closed: 'Редактор закрыт.',
    loading: 'Загружаем редактор…',
    loadFailed: 'Не удалось загрузить редактор: {error}',
    reading: 'Читаем {file}…',
    readFailed: 'Не удалось прочитать {file}: {error}',
    newFile: 'Файла {file} пока нет — он появится при сохранении.',
    saved: 'Все изменения сохранены.',
    unsaved: 'Есть несохранённые изменения.',
    saving: 'Сохраняем…',
    saveFailed: 'Не сохранено: {error}',
    reloaded: 'Файл {file} изменили в терминале — показано новое содержимое.',
    conflict: 'Файл {file} изменили в терминале; при сохранении это изменение будет перезаписано.',
  },
  problems: 'Найдено проблем: {count}.',
  noProblems: 'Проблем не найдено.',
};
