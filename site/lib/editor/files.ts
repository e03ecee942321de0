/** What kind of file a path is, for syntax colours and diagnostics. Pure. */

/** The last path component. */
export function baseName(path: string): string {
  const parts = path.split('/').filter((p) => p !== '');
  return parts[parts.length - 1] ?? '';
}

/** Dockerfile, Dockerfile.dev, app.Dockerfile, Containerfile: what `docker build -f` is given. */
export function isDockerfile(path: string): boolean {
  const name = baseName(path).toLowerCase();
  return /^(dockerfile|containerfile)(\..+)?$/.test(name) || name.endsWith('.dockerfile');
}

/** A monaco language id: only the two languages this site registers, else plain text. */
export function languageFor(path: string): 'dockerfile' | 'shell' | 'plaintext' {
  if (isDockerfile(path)) return 'dockerfile';
  const name = baseName(path).toLowerCase();
  if (name.endsWith('.sh') || name.endsWith('.bash') || name === '.bashrc' || name === '.profile') return 'shell';
  return 'plaintext';
}

/** The absolute path on the simulated host (the files list is relative to the student's home). */
export function hostPath(path: string): string {
  return path.startsWith('/') ? path : `/home/student/${path}`;
}
