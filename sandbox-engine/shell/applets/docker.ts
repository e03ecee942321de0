// The docker CLI lives in cli/docker/; the registry lists it here like every other program.
export { applet } from '../../cli/docker/applet.ts';
