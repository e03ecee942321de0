/** The shape every locale's UI strings must have (ru.ts, en.ts). */
export interface UiStrings {
  sandbox: {
    title: string;
    heading: string;
    intro: string;
    /** Accessible name of the terminal region. */
    terminalLabel: string;
    keysHelp: string;
    /** Link text on the locale's index page. */
    linkFromIndex: string;
    backToCourse: string;
    /** Passed to the terminal script (site/lib/terminal/terminal.ts, TerminalStrings). */
    terminal: { starting: string; ended: string; failed: string; inputLabel: string; tooMuchOutput: string };
  };
}
