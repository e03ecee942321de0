/**
 * Browser side of monaco-css-plugin.ts: monaco's style sheets arrive as strings with the editor's
 * chunks and are put into one <style> element, in import order, when the editor is opened.
 */
let sheet: HTMLStyleElement | null = null;

export function addMonacoCss(css: string): void {
  if (sheet === null) {
    sheet = document.createElement('style');
    sheet.dataset.monacoCss = '';
    document.head.append(sheet);
  }
  sheet.append(document.createTextNode(css));
}
