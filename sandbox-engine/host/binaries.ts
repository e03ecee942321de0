/**
 * Executables on the simulated hosts. A binary is a regular file whose content is an ELF stub
 * naming the applet that runs it; its size is the real one (Debian 12 amd64 binaries, recorded
 * with `stat -c %s` on a Debian 12 machine; sudo from the bookworm .deb), so `ls -l /usr/bin` looks
 * right without storing megabytes.
 */
import { utf8 } from '../util/text.ts';

const MAGIC = '\x7fELF\x02\x01\x01\x00dockersim-applet:';

/** ELF stub head for an applet; the rest of the file reads as zero bytes. */
export function elfStub(applet: string): Uint8Array {
  return utf8(`${MAGIC}${applet}\x00`);
}

/** The applet an executable's leading bytes name, or undefined if it is not one of ours. */
export function appletOfHead(head: Uint8Array): string | undefined {
  if (head.length < MAGIC.length) return undefined;
  for (let i = 0; i < MAGIC.length; i++) if (head[i] !== MAGIC.charCodeAt(i)) return undefined;
  let end = MAGIC.length;
  while (end < head.length && head[end] !== 0) end++;
  let s = '';
  for (let i = MAGIC.length; i < end; i++) s += String.fromCharCode(head[i]);
  return s;
}

export const STUB_HEAD_BYTES = 64;

/** Debian 12 /usr/bin (and /usr/sbin) programs: name → [size, mode]. */
export const GNU_BINARIES: Record<string, [number, number]> = {
  '[': [68496, 0o755],
  awk: [158376, 0o755], // a link to mawk through alternatives on Debian; a file here
  basename: [43856, 0o755],
  bash: [1265648, 0o755],
  cat: [44016, 0o755],
  chmod: [64496, 0o755],
  chown: [72752, 0o755],
  clear: [14584, 0o755],
  cp: [151152, 0o755],
  cut: [48112, 0o755],
  dash: [125640, 0o755],
  date: [121904, 0o755],
  df: [102200, 0o755],
  dirname: [39760, 0o755],
  docker: [42791888, 0o755], // the docker CLI 28.2.2 binary
  'docker-init': [708080, 0o755], // tini 0.19.0 (Debian's tini-static, which docker.io links it to)
  du: [175440, 0o755],
  echo: [43856, 0o755],
  env: [48536, 0o755],
  false: [35664, 0o755],
  find: [224848, 0o755],
  getfattr: [23256, 0o755], // Debian's attr 2.5.1
  grep: [203152, 0o755],
  head: [48080, 0o755],
  hostname: [22680, 0o755],
  id: [48144, 0o755],
  kill: [22840, 0o755],
  ln: [72824, 0o755],
  ls: [151344, 0o755],
  mkdir: [97552, 0o755],
  mount: [59704, 0o4755],
  mv: [142968, 0o755],
  printf: [64432, 0o755],
  ps: [146360, 0o755],
  pwd: [43952, 0o755],
  readlink: [52112, 0o755],
  rm: [72752, 0o755],
  rmdir: [56240, 0o755],
  sed: [126424, 0o755],
  seq: [60336, 0o755],
  sleep: [43888, 0o755],
  sort: [118456, 0o755],
  stat: [97488, 0o755],
  su: [72000, 0o4755],
  sudo: [281624, 0o4755],
  tail: [76944, 0o755],
  tar: [531984, 0o755],
  tee: [43984, 0o755],
  test: [60304, 0o755],
  touch: [109616, 0o755],
  tr: [56208, 0o755],
  tree: [81592, 0o755],
  true: [35664, 0o755],
  uname: [43888, 0o755],
  uniq: [48080, 0o755],
  wc: [52280, 0o755],
  which: [946, 0o755],
  whoami: [39792, 0o755],
  xargs: [72136, 0o755],
  yes: [39760, 0o755],
};

/**
 * /bin/busybox size: Debian 12's busybox-static 1.35 (the real binary the differential suite runs).
 * Alpine's own package cannot be fetched on these machines; the image catalog may override it.
 */
export const BUSYBOX_SIZE = 1982256;

