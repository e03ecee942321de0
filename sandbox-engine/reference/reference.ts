/**
 * Image references as github.com/distribution/reference parses them (the grammar in its
 * regexp.go, the Docker Hub normalization in normalize.go): `alpine` is
 * `docker.io/library/alpine:latest`, shown familiar as `alpine:latest`.
 *
 * Errors are `ReferenceError` with the library's texts, e.g. `invalid reference format` and
 * `invalid reference format: repository name (library/Ubuntu) must be lowercase`.
 */
const ALNUM = '[a-z0-9]+';
const SEPARATOR = '(?:[._]|__|[-]+)';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN_NAME = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*`;
const HOST = `(?:${DOMAIN_NAME}|\\[(?:[a-fA-F0-9:]+)\\])`;
const DOMAIN_AND_PORT = `${HOST}(?::[0-9]+)?`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const PATH_COMPONENT = `${ALNUM}(?:${SEPARATOR}${ALNUM})*`;
const REMOTE_NAME = `${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const NAME = `(?:${DOMAIN_AND_PORT}/)?${REMOTE_NAME}`;

const REFERENCE_RE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const ANCHORED_NAME_RE = new RegExp(`^(?:(${DOMAIN_AND_PORT})/)?(${REMOTE_NAME})$`);
const IDENTIFIER_RE = /^[a-f0-9]{64}$/;
const TAG_RE = new RegExp(`^${TAG}$`);

const NAME_TOTAL_LENGTH_MAX = 255;
export const DEFAULT_DOMAIN = 'docker.io';
const LEGACY_DEFAULT_DOMAIN = 'index.docker.io';
const OFFICIAL_PREFIX = 'library/';
export const DEFAULT_TAG = 'latest';

export class ReferenceError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ReferenceError';
  }
}

/** A normalized reference: domain and path always set; tag and/or digest optional. */
export interface Named {
  readonly domain: string;
  readonly path: string;
  readonly tag?: string;
  readonly digest?: string;
}

/** `docker.io/library/alpine` */
export function fullName(r: Named): string {
  return `${r.domain}/${r.path}`;
}

/** `docker.io/library/alpine:latest@sha256:...` */
export function fullString(r: Named): string {
  return fullName(r) + (r.tag !== undefined ? `:${r.tag}` : '') + (r.digest !== undefined ? `@${r.digest}` : '');
}

/** Repository name as users write it: `alpine`, `user/app`, `registry.local:5000/app`. */
export function familiarName(r: Named): string {
  if (r.domain !== DEFAULT_DOMAIN) return fullName(r);
  if (r.path.startsWith(OFFICIAL_PREFIX)) {
    const rest = r.path.slice(OFFICIAL_PREFIX.length);
    if (!rest.includes('/')) return rest;
  }
  return r.path;
}

/** `alpine:latest`, `alpine@sha256:...` */
export function familiarString(r: Named): string {
  return familiarName(r) + (r.tag !== undefined ? `:${r.tag}` : '') + (r.digest !== undefined ? `@${r.digest}` : '');
}

function splitDockerDomain(name: string): [string, string] {
  const i = name.indexOf('/');
  let domain: string;
  let remote: string;
  if (i < 0) return [DEFAULT_DOMAIN, OFFICIAL_PREFIX + name];
  const maybeDomain = name.slice(0, i);
  const rest = name.slice(i + 1);
  if (maybeDomain === 'localhost') [domain, remote] = [maybeDomain, rest];
  else if (maybeDomain === LEGACY_DEFAULT_DOMAIN) [domain, remote] = [DEFAULT_DOMAIN, rest];
  else if (/[.:]/.test(maybeDomain)) [domain, remote] = [maybeDomain, rest];
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remote] = [maybeDomain, rest];
  else [domain, remote] = [DEFAULT_DOMAIN, name];
  if (domain === DEFAULT_DOMAIN && !remote.includes('/')) remote = OFFICIAL_PREFIX + remote;
  return [domain, remote];
}

/** The library's `Parse` on an already-qualified string. */
function parse(s: string): Named {
  const m = REFERENCE_RE.exec(s);
  if (!m) {
    if (s === '') throw new ReferenceError('repository name must have at least one component');
    if (REFERENCE_RE.test(s.toLowerCase())) throw new ReferenceError('repository name must be lowercase');
    throw new ReferenceError('invalid reference format');
  }
  const nm = ANCHORED_NAME_RE.exec(m[1]);
  const domain = nm?.[1] ?? '';
  const path = nm ? nm[2] : m[1];
  if (path.length > NAME_TOTAL_LENGTH_MAX) throw new ReferenceError('repository name must not be more than 255 characters');
  return { domain, path, ...(m[2] !== undefined ? { tag: m[2] } : {}), ...(m[3] !== undefined ? { digest: m[3] } : {}) };
}

/** `ParseNormalizedNamed`: what `docker run`, `pull`, `tag` apply to what the user typed. */
export function parseNormalizedNamed(s: string): Named {
  if (IDENTIFIER_RE.test(s)) throw new ReferenceError(`invalid repository name (${s}), cannot specify 64-byte hexadecimal strings`);
  const [domain, remainder] = splitDockerDomain(s);
  const colon = remainder.indexOf(':');
  const remote = colon > -1 ? remainder.slice(0, colon) : remainder;
  if (remote.toLowerCase() !== remote) {
    throw new ReferenceError(`invalid reference format: repository name (${remote}) must be lowercase`);
  }
  return parse(`${domain}/${remainder}`);
}

/** Add `:latest` when there is neither tag nor digest. */
export function tagNameOnly(r: Named): Named {
  return r.tag === undefined && r.digest === undefined ? { ...r, tag: DEFAULT_TAG } : r;
}

export function withTag(r: Named, tag: string): Named {
  if (!TAG_RE.test(tag)) throw new ReferenceError('invalid tag format');
  return { domain: r.domain, path: r.path, tag, ...(r.digest !== undefined ? { digest: r.digest } : {}) };
}

/** Whether `s` looks like a (possibly short) image ID rather than a name. */
export function isShortIdPrefix(s: string): boolean {
  return /^(sha256:)?[a-f0-9]{1,64}$/.test(s);
}
