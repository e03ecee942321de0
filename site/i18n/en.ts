/** English UI strings for the site (sibling of ru.ts; keep the two in step). */
import type { UiStrings } from './types.ts';

export const en: UiStrings = {
  languageName: 'English',
  site: {
    name: 'Docker storage, hands on',
    description:
      'An interactive course on how Docker stores data: image layers, the writable layer, volumes, bind mounts and tmpfs, with a Docker host simulated in your browser.',
  },
  layout: {
    skipLink: 'Skip to content',
    navLabel: 'Main',
    navCourse: 'Course',
    navSandbox: 'Sandbox',
    languageLabel: 'Language',
    readInThisLanguage: 'Read in English',
    footer: 'Everything runs in your browser: no account, nothing sent anywhere, works offline once loaded.',
  },
  courseMap: {
    heading: 'Docker storage, hands on',
    intro:
      'Short lessons on where Docker keeps data, each with a terminal on the same page. The Docker host is simulated in your browser: nothing to install, and you cannot break anything.',
    progressNote: 'Your progress is saved in this browser. Export it from any lesson to move it or hand it in.',
    lessonNumber: 'Lesson {n}',
    stateLabel: 'Progress',
    states: { notStarted: 'Not started', inProgress: 'In progress', done: 'Done' },
    tasksDone: '{passed} of {total} tasks',
    sandboxHeading: 'Sandbox',
    sandboxText: 'A free terminal with no exercise: try anything, then share the session as a link.',
    sandboxLink: 'Open the sandbox',
  },
  lesson: {
    eyebrow: 'Lesson {n} · {module}',
    toPractice: 'Go to the terminal and tasks',
    pagerLabel: 'Previous and next lesson',
    previous: 'Previous',
    next: 'Next',
    backToMap: 'All lessons',
    run: 'Run',
    runLabel: 'Run in the terminal: {command}',
  },
  notFound: {
    title: 'Page not found',
    text: 'There is no page at this address. The course starts from its map.',
    home: 'Go to the course map',
  },
  sandbox: {
    title: 'Sandbox: a Docker host in your browser',
    heading: 'Sandbox',
    intro:
      'A simulated Linux machine with Docker, running entirely in this page. You are logged in as student; try docker run, docker ps, docker volume create. Nothing is sent anywhere; Share link puts the whole session into an address you can pass on.',
    terminalLabel: 'Terminal: shell on the simulated Docker host',
    keysHelp:
      'Keys: Enter runs the line; Up and Down browse history; Ctrl-C stops a running command; Ctrl-D ends input to a program reading it. exit ends the session.',
    linkFromIndex: 'Open the sandbox terminal',
    backToCourse: 'Back to the course',
    terminal: {
      starting: 'Starting the simulated host…',
      ended: 'Session ended. Press Enter to start a new one.',
      failed: 'Terminal error: ',
      inputLabel: 'Terminal input',
      tooMuchOutput: 'Too much output to announce; move through the terminal rows to read it.',
    },
  },
};
