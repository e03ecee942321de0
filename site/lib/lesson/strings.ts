/**
 * The Workspace's UI strings (terminal, task panel, inspector, progress controls). Each locale's
 * words are in site/i18n/workspace.{ru,en}.ts; `{name}` slots are filled by `fill()`.
 */
import type { TerminalStrings } from '../terminal/terminal.ts';

export interface WorkspaceStrings {
  /** Accessible name of the whole workspace region. */
  label: string;
  terminalLabel: string;
  keysHelp: string;
  terminal: TerminalStrings;
  tasks: {
    heading: string;
    /** Before the first state arrives. */
    loading: string;
    score: string;
    passed: string;
    failed: string;
    /** A task before its first check. */
    pending: string;
    check: string;
    /** The summary of the exercise's hints (a closed <details>). */
    hints: string;
    /** After "Check": {passed} {total} {score} {max}. */
    checked: string;
    allDone: string;
    /** aria-live when a task turns green: {title}. */
    turnedGreen: string;
  };
  inspector: {
    heading: string;
    picker: string;
    /** The picker's first option: follow the newest container. */
    newest: string;
    /** {name} {status}. */
    option: string;
    noContainers: string;
    /** {name} {image}. */
    stackLabel: string;
    stackHelp: string;
    writable: string;
    noChanges: string;
    changes: string;
    change: { A: string; C: string; D: string };
    /** {n} {total}. */
    imageLayer: string;
    emptyLayer: string;
    diffID: string;
    size: string;
    createdBy: string;
    mounts: string;
    mountsHelp: string;
    noMounts: string;
    mountType: { volume: string; bind: string; tmpfs: string; other: string };
    /** {source} {destination}. */
    mount: string;
    tmpfsSource: string;
    readOnly: string;
    readWrite: string;
    images: string;
    volumes: string;
    none: string;
  };
  progress: {
    heading: string;
    reset: string;
    resetSandbox: string;
    resetConfirm: string;
    resetSandboxConfirm: string;
    resetDone: string;
    undo: string;
    /** {command}. */
    undone: string;
    nothingToUndo: string;
    export: string;
    exported: string;
    import: string;
    /** {list}. */
    imported: string;
    importedNothing: string;
    importError: { damaged: string; foreign: string; version: string; storage: string; read: string };
    share: string;
    shareLabel: string;
    copied: string;
    copyManually: string;
    /** {count}. */
    sharedLoaded: string;
    sharedDamaged: string;
    saveFailed: string;
    /** The exported file's name, without extension: {date}. */
    fileName: string;
  };
}

/** `{name}` slots replaced by values; an unknown slot stays visible so the gap shows. */
export function fill(text: string, values: Record<string, string | number>): string {
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
