/** English UI strings for the site (sibling of ru.ts; keep the two in step). */
import type { UiStrings } from './types.ts';

export const en: UiStrings = {
  sandbox: {
    title: 'Sandbox: a Docker host in your browser',
    heading: 'Sandbox',
    intro:
      'A simulated Linux machine with Docker, running entirely in this page. You are logged in as student; try docker run, docker ps, docker volume create. Nothing is sent anywhere.',
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
