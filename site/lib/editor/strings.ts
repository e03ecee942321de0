/**
 * Every text the file editor shows or gives to assistive technology (site/i18n/editor.{ru,en}.ts).
 * `{file}`, `{error}` and `{count}` are filled in by the client script (fill()).
 */
export interface EditorStrings {
  /** Heading and accessible name of the editor region. */
  heading: string;
  /** How the editor is driven from the keyboard (shown under the heading). */
  keysHelp: string;
  /** Accessible name of the file tab list. */
  filesLabel: string;
  open: string;
  save: string;
  /** Accessible name of monaco's text area: "{file}". */
  editorLabel: string;
  status: {
    /** Before the editor is opened. */
    closed: string;
    loading: string;
    /** Monaco could not be loaded (offline before the chunk was cached, ...): "{error}". */
    loadFailed: string;
    reading: string;
    /** The file could not be read from the simulated host: "{error}". */
    readFailed: string;
    /** The file does not exist yet; saving creates it. */
    newFile: string;
    saved: string;
    unsaved: string;
    saving: string;
    /** Saving failed: "{error}". */
    saveFailed: string;
    /** The buffer was replaced by the file's new content after a terminal command changed it. */
    reloaded: string;
    /** The file changed in the terminal while the buffer had unsaved edits (saving overwrites it). */
    conflict: string;
  };
  /** Dockerfile diagnostics summary, appended to the status: "{count}". */
  problems: string;
  noProblems: string;
}

/** Replaces `{name}` placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}
