/**
 * The shape every locale's UI strings must have (ru.ts, en.ts): the layout, the course map, the
 * lesson page, the sandbox page and the 404 page. The workspace and the editor have their own
 * files (workspace.*.ts, editor.*.ts).
 *
 * Texts with a `{name}` placeholder are filled by `fill()` (site/lib/course/locale.ts).
 */
export interface UiStrings {
  /** The language's own name, shown on the language switch of the other locale's pages. */
  languageName: string;
  site: {
    /** The course's name: header, page titles. */
    name: string;
    /** The page's meta description (course map and sandbox). */
    description: string;
  };
  layout: {
    skipLink: string;
    /** Accessible name of the header's navigation. */
    navLabel: string;
    navCourse: string;
    navSandbox: string;
    /** Accessible name of the language switch (a list with one link per other language). */
    languageLabel: string;
    /** Title of a link to this page in this language, said in this language: "Read in English". */
    readInThisLanguage: string;
    footer: string;
  };
  courseMap: {
    heading: string;
    intro: string;
    /** Said once, under the intro: progress lives in this browser only. */
    progressNote: string;
    /** "Lesson {n}" */
    lessonNumber: string;
    /** Screen readers: "{title}: {state}"-style name of the state badge's group. */
    stateLabel: string;
    states: { notStarted: string; inProgress: string; done: string };
    /** "{passed} of {total} tasks" */
    tasksDone: string;
    sandboxHeading: string;
    sandboxText: string;
    sandboxLink: string;
  };
  lesson: {
    /** "Lesson {n} · {module}" above the lesson's title. */
    eyebrow: string;
    /** Narrow screens, where the practice column comes after the prose: a link down to it. */
    toPractice: string;
    /** Accessible name of the previous/next navigation. */
    pagerLabel: string;
    previous: string;
    next: string;
    backToMap: string;
    /** Visible text of the run button under each shell example. */
    run: string;
    /** Accessible name of a run button: "{label}: {command}". */
    runLabel: string;
  };
  notFound: {
    title: string;
    text: string;
    home: string;
  };
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
