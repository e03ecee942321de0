/**
 * The layers nginx:alpine (1.27.2, Alpine 3.20) adds on top of alpine:3.20:
 *  2. the alpine-slim RUN (nginx, pcre2, libintl, envsubst, tzdata, the nginx user);
 *  3-7. the five COPYs of docker-entrypoint.sh and /docker-entrypoint.d/* (real contents);
 *  8. the alpine RUN (dynamic modules xslt, geoip, image-filter, njs; curl; ca-certificates).
 *
 * Each RUN layer holds what apk wrote: new files, and whole copies of files it changed
 * (/etc/passwd, /etc/group, /etc/shadow, /etc/apk/world, /lib/apk/db/*) plus their directories,
 * as an overlay upper dir would. File lists are lean (a few zoneinfo and CA files stand for
 * hundreds); sizes are approximate (plausible for Alpine 3.20's package versions). The RUN layer
 * sizes are pinned by balance files so the image comes out at its real total, 43.2MB.
 */
import { apkInstalledDb, type ApkPackage } from '../apk-db.ts';
import { blob, dir, exe, lib, symlink, text, utc, type Entry, type LayerSpec } from '../spec.ts';
import { alpinePackages } from '../alpine/packages.ts';
import { APK_WORLD, GROUP, PASSWD, SHADOW } from '../alpine/etc-files.ts';
import * as f from './files.ts';
import { ENTRYPOINT_COPY_STEPS, NGINX_ALPINE_SIZE, NGINX_EPOCH, SLIM_RUN_SIZE } from './meta.ts';

// Where they were first defined; the image (images/nginx-alpine.ts) reads them from meta.ts.
export { NGINX_ALPINE_SIZE, NGINX_EPOCH, SLIM_RUN_SIZE };

const MTIME = utc(NGINX_EPOCH);
const T = Math.floor(MTIME / 1000);

const NGINX_DAYS = 20_000; // days since epoch in /etc/shadow's change field (approximate)

function pkg(name: string, version: string, description: string, installedSize: number, origin = name, entries: Entry[] = []): ApkPackage {
  return { name, version, description, url: 'https://nginx.org/', license: 'BSD-2-Clause', origin, installedSize, buildTime: T, entries };
}

function slimPackages(): ApkPackage[] {
  return [
    pkg('libintl', '0.22.5-r0', 'GNU gettext runtime library', 56 * 1024, 'gettext'),
    pkg('nginx', '1.27.2-r1', 'High performance web server', 3_252 * 1024),
    pkg('pcre2', '10.43-r0', 'Perl-compatible regular expression library', 644 * 1024),
    pkg('tzdata', '2024b-r0', 'Timezone data', 1_492 * 1024),
  ];
}

function modulePackages(): ApkPackage[] {
  const names: Array<[string, string, number]> = [
    ['brotli-libs', '1.1.0-r2', 932], ['c-ares', '1.33.1-r0', 168], ['ca-certificates', '20240705-r0', 712],
    ['curl', '8.10.1-r0', 252], ['libcurl', '8.10.1-r0', 680], ['libidn2', '2.3.7-r0', 196], ['libunistring', '1.2-r0', 1_736],
    ['nghttp2-libs', '1.62.1-r0', 172], ['libpsl', '0.21.5-r1', 72], ['zstd-libs', '1.5.6-r0', 748],
    ['libxml2', '2.12.7-r0', 1_316], ['libxslt', '1.1.39-r1', 360], ['libgcrypt', '1.10.3-r0', 1_284], ['libgpg-error', '1.49-r0', 296],
    ['geoip', '1.6.12-r5', 152], ['libgd', '2.3.3-r9', 452], ['libpng', '1.6.44-r0', 208], ['libjpeg-turbo', '3.0.3-r0', 908],
    ['libwebp', '1.3.2-r0', 532], ['libsharpyuv', '1.3.2-r0', 36], ['libavif', '1.0.4-r0', 200], ['aom-libs', '3.9.1-r0', 6_288],
    ['libdav1d', '1.4.3-r0', 1_760], ['freetype', '2.13.2-r0', 748], ['fontconfig', '2.15.0-r1', 472], ['libexpat', '2.6.3-r0', 188],
    ['libbz2', '1.0.8-r6', 72], ['tiff', '4.6.0t-r0', 532], ['xz-libs', '5.6.2-r0', 192], ['libx11', '1.8.9-r1', 1_524],
    ['libxcb', '1.16.1-r0', 1_032], ['libxau', '1.0.11-r4', 20], ['libxdmcp', '1.1.5-r1', 32], ['libbsd', '0.12.2-r0', 104],
    ['libmd', '1.1.0-r0', 60], ['libxpm', '3.5.17-r0', 96],
    ['nginx-module-geoip', '1.27.2-r1', 216], ['nginx-module-image-filter', '1.27.2-r1', 104],
    ['nginx-module-njs', '1.27.2.0.8.6-r1', 5_860], ['nginx-module-xslt', '1.27.2-r1', 96],
  ];
  return names.map(([n, v, kib]) => pkg(n, v, n, kib * 1024));
}

const NGINX_USER = 'nginx:x:101:101:nginx:/var/cache/nginx:/sbin/nologin\n';

export function slimRunSpec(): LayerSpec {
  const base = alpinePackages();
  const entries: Entry[] = [
    dir('/docker-entrypoint.d'),
    dir('/etc'),
    text('/etc/group', GROUP + 'nginx:x:101:nginx\n'),
    text('/etc/passwd', PASSWD + NGINX_USER),
    text('/etc/shadow', `${SHADOW}nginx:!:${NGINX_DAYS}:0:99999:7:::\n`, 0o640, { gid: 42 }),
    dir('/etc/apk'),
    dir('/etc/apk/keys'),
    blob('/etc/apk/keys/nginx_signing.rsa.pub', 800, 0o644, '-----BEGIN PUBLIC KEY-----\n'),
    text('/etc/apk/world', APK_WORLD.replace('musl-utils\n', 'libintl\nmusl-utils\nnginx=1.27.2-r1\ntzdata\n')),
    dir('/etc/init.d'),
    blob('/etc/init.d/nginx', 2_530, 0o755, '#!/sbin/openrc-run\n'),
    blob('/etc/init.d/nginx-debug', 2_554, 0o755, '#!/sbin/openrc-run\n'),
    dir('/etc/logrotate.d'),
    blob('/etc/logrotate.d/nginx', 351, 0o644, '/var/log/nginx/*.log {\n'),
    dir('/etc/nginx'),
    dir('/etc/nginx/conf.d'),
    text('/etc/nginx/conf.d/default.conf', f.DEFAULT_CONF),
    text('/etc/nginx/fastcgi.conf', f.FASTCGI_CONF),
    text('/etc/nginx/fastcgi_params', f.FASTCGI_PARAMS),
    text('/etc/nginx/mime.types', f.MIME_TYPES),
    symlink('/etc/nginx/modules', '/usr/lib/nginx/modules'),
    text('/etc/nginx/nginx.conf', f.NGINX_CONF),
    text('/etc/nginx/scgi_params', f.SCGI_PARAMS),
    text('/etc/nginx/uwsgi_params', f.UWSGI_PARAMS),
    dir('/lib'),
    dir('/lib/apk'),
    dir('/lib/apk/db'),
    text('/lib/apk/db/installed', apkInstalledDb([...base, ...slimPackages()])),
    blob('/lib/apk/db/scripts.tar', 14_848, 0o644, 'alpine-baselayout-3.6.5-r0.Q1'),
    text('/lib/apk/db/triggers', 'Q1n9ZwVb6ThYUkBZTzIDMcLp1pM0o= /usr/share/udhcpc\nQ1Qy1aGMzsfM8Yy6NQBMp0Tt4J2yg= /lib/apk/exec\n'),
    dir('/usr'),
    dir('/usr/lib'),
    symlink('/usr/lib/libintl.so.8', 'libintl.so.8.4.0'),
    lib('/usr/lib/libintl.so.8.4.0', 51_416),
    symlink('/usr/lib/libpcre2-8.so.0', 'libpcre2-8.so.0.13.0'),
    lib('/usr/lib/libpcre2-8.so.0.13.0', 653_728),
    dir('/usr/lib/nginx'),
    dir('/usr/lib/nginx/modules'),
    dir('/usr/local'),
    dir('/usr/local/bin'),
    exe('/usr/local/bin/envsubst', 47_856, 'envsubst'),
    dir('/usr/sbin'),
    exe('/usr/sbin/nginx', 1_351_496, 'nginx'),
    exe('/usr/sbin/nginx-debug', 1, 'nginx'),
    dir('/usr/share'),
    dir('/usr/share/licenses'),
    dir('/usr/share/licenses/nginx'),
    blob('/usr/share/licenses/nginx/COPYRIGHT', 1_397, 0o644, '/*\n * Copyright (C) 2002-2021 Igor Sysoev\n'),
    dir('/usr/share/nginx'),
    dir('/usr/share/nginx/html'),
    text('/usr/share/nginx/html/50x.html', f.X50X_HTML),
    text('/usr/share/nginx/html/index.html', f.INDEX_HTML),
    dir('/usr/share/zoneinfo'),
    ...zoneinfo(),
    dir('/var'),
    dir('/var/cache'),
    dir('/var/cache/nginx'),
    dir('/var/log'),
    dir('/var/log/nginx'),
    symlink('/var/log/nginx/access.log', '/dev/stdout'),
    symlink('/var/log/nginx/error.log', '/dev/stderr'),
  ];
  // nginx-debug is nginx built with --with-debug; the binary size we know least, so it balances.
  return { mtime: MTIME, entries, balance: { path: '/usr/sbin/nginx-debug', total: SLIM_RUN_SIZE } };
}

/** A sample of tzdata's ~600 zone files; the rest of the package's size is in tzdata.zi. */
function zoneinfo(): Entry[] {
  const TZ = 'TZif2';
  const out: Entry[] = [];
  const zones: Array<[string, number]> = [
    ['Africa/Cairo', 2_399], ['America/New_York', 3_552], ['America/Sao_Paulo', 1_444], ['Asia/Kolkata', 285],
    ['Asia/Tokyo', 309], ['Australia/Sydney', 2_190], ['Europe/Berlin', 2_298], ['Europe/London', 3_664],
    ['Europe/Moscow', 1_535], ['Europe/Paris', 2_962], ['UTC', 114],
  ];
  const dirs = new Set<string>();
  for (const [z] of zones) if (z.includes('/')) dirs.add(z.slice(0, z.indexOf('/')));
  for (const d of [...dirs].sort()) out.push(dir(`/usr/share/zoneinfo/${d}`));
  for (const [z, size] of zones) out.push(blob(`/usr/share/zoneinfo/${z}`, size, 0o644, TZ));
  out.push(symlink('/usr/share/zoneinfo/Etc', '.'), blob('/usr/share/zoneinfo/tzdata.zi', 1_196_011, 0o644, '# version 2024b\n'));
  out.push(blob('/usr/share/zoneinfo/zone1970.tab', 17_597, 0o644, '# tzdb timezone descriptions\n'));
  return out;
}

/** The five COPY steps (meta.ts) with the files they copy. */
const COPY_TEXTS = [f.DOCKER_ENTRYPOINT_SH, f.LISTEN_ON_IPV6_SH, f.LOCAL_RESOLVERS_ENVSH, f.ENVSUBST_ON_TEMPLATES_SH, f.TUNE_WORKER_PROCESSES_SH];
export const ENTRYPOINT_COPIES: Array<{ path: string; text: string; createdBy: string }> = ENTRYPOINT_COPY_STEPS.map((c, i) => ({ ...c, text: COPY_TEXTS[i] }));

/** A COPY layer: the file (mode 0755 as in the git checkout) and, for a subdirectory, its parent. */
export function copySpec(path: string, content: string): LayerSpec {
  const entries: Entry[] = [];
  const parent = path.slice(0, path.lastIndexOf('/'));
  if (parent) entries.push(dir(parent));
  entries.push(text(path, content, 0o755));
  return { mtime: MTIME, entries };
}

/** The layer of the i-th COPY step. */
export function copyStepSpec(i: number): LayerSpec {
  const c = ENTRYPOINT_COPIES[i];
  return copySpec(c.path, c.text);
}

const COPIES_SIZE = ENTRYPOINT_COPIES.reduce((n, c) => n + new TextEncoder().encode(c.text).length, 0);
export const MODULES_RUN_SIZE = NGINX_ALPINE_SIZE - 7_800_000 - SLIM_RUN_SIZE - COPIES_SIZE;

export function modulesRunSpec(): LayerSpec {
  const base = alpinePackages();
  const L = '/usr/lib';
  const so = (name: string, real: string, size: number): Entry[] => [symlink(`${L}/${name}`, real), lib(`${L}/${real}`, size)];
  const mods = '/usr/lib/nginx/modules';
  const entries: Entry[] = [
    dir('/etc'),
    dir('/etc/apk'),
    text('/etc/apk/world', APK_WORLD.replace('musl-utils\n', 'ca-certificates\ncurl\nlibintl\nmusl-utils\nnginx=1.27.2-r1\nnginx-module-geoip=1.27.2-r1\nnginx-module-image-filter=1.27.2-r1\nnginx-module-njs=1.27.2.0.8.6-r1\nnginx-module-xslt=1.27.2-r1\ntzdata\n')),
    dir('/etc/ca-certificates'),
    dir('/etc/ca-certificates/update.d'),
    blob('/etc/ca-certificates.conf', 5_793, 0o644, '# This file lists certificates that you wish to use or to ignore to be\n'),
    dir('/etc/fonts'),
    blob('/etc/fonts/fonts.conf', 2_787, 0o644, '<?xml version="1.0"?>\n'),
    dir('/etc/ssl'),
    dir('/etc/ssl/certs'),
    blob('/etc/ssl/certs/ca-certificates.crt', 219_347, 0o644, '-----BEGIN CERTIFICATE-----\n'),
    dir('/lib'),
    dir('/lib/apk'),
    dir('/lib/apk/db'),
    text('/lib/apk/db/installed', apkInstalledDb([...base, ...slimPackages(), ...modulePackages()])),
    blob('/lib/apk/db/scripts.tar', 22_528, 0o644, 'alpine-baselayout-3.6.5-r0.Q1'),
    text('/lib/apk/db/triggers', 'Q1n9ZwVb6ThYUkBZTzIDMcLp1pM0o= /usr/share/udhcpc\nQ1Qy1aGMzsfM8Yy6NQBMp0Tt4J2yg= /lib/apk/exec\nQ1rUWqDE/ZTu+LP0wpCq8u+BMY5dM= /usr/share/ca-certificates /etc/ssl/certs\n'),
    dir('/usr'),
    dir('/usr/bin'),
    exe('/usr/bin/curl', 259_536, 'curl'),
    exe('/usr/bin/njs', 1_010_200, 'njs'),
    dir(L),
    ...so('libaom.so.3', 'libaom.so.3.9.1', 1),
    ...so('libavif.so.16', 'libavif.so.16.1.0', 198_040),
    ...so('libbrotlicommon.so.1', 'libbrotlicommon.so.1.1.0', 137_304),
    ...so('libbrotlidec.so.1', 'libbrotlidec.so.1.1.0', 51_800),
    ...so('libbrotlienc.so.1', 'libbrotlienc.so.1.1.0', 723_504),
    ...so('libbsd.so.0', 'libbsd.so.0.12.2', 80_112),
    ...so('libbz2.so.1', 'libbz2.so.1.0.8', 71_936),
    ...so('libcares.so.2', 'libcares.so.2.19.1', 157_648),
    ...so('libcurl.so.4', 'libcurl.so.4.8.0', 670_680),
    ...so('libdav1d.so.7', 'libdav1d.so.7.0.0', 1_774_520),
    ...so('libexslt.so.0', 'libexslt.so.0.8.21', 83_680),
    ...so('libexpat.so.1', 'libexpat.so.1.9.3', 186_312),
    ...so('libfontconfig.so.1', 'libfontconfig.so.1.15.0', 281_224),
    ...so('libfreetype.so.6', 'libfreetype.so.6.20.1', 742_544),
    ...so('libgd.so.3', 'libgd.so.3.0.11', 410_576),
    ...so('libGeoIP.so.1', 'libGeoIP.so.1.6.12', 141_088),
    ...so('libgcrypt.so.20', 'libgcrypt.so.20.4.3', 1_283_912),
    ...so('libgpg-error.so.0', 'libgpg-error.so.0.34.0', 145_864),
    ...so('libidn2.so.0', 'libidn2.so.0.4.0', 128_848),
    ...so('libjpeg.so.8', 'libjpeg.so.8.3.2', 456_128),
    ...so('liblzma.so.5', 'liblzma.so.5.6.2', 186_040),
    ...so('libmd.so.0', 'libmd.so.0.1.0', 46_712),
    ...so('libnghttp2.so.14', 'libnghttp2.so.14.28.2', 170_576),
    ...so('libpng16.so.16', 'libpng16.so.16.44.0', 203_976),
    ...so('libpsl.so.5', 'libpsl.so.5.3.5', 67_744),
    ...so('libsharpyuv.so.0', 'libsharpyuv.so.0.0.1', 30_152),
    ...so('libtiff.so.6', 'libtiff.so.6.0.2', 497_488),
    ...so('libunistring.so.5', 'libunistring.so.5.1.0', 1_772_312),
    ...so('libwebp.so.7', 'libwebp.so.7.1.8', 418_552),
    ...so('libX11.so.6', 'libX11.so.6.4.0', 1_364_616),
    ...so('libXau.so.6', 'libXau.so.6.0.0', 14_320),
    ...so('libxcb.so.1', 'libxcb.so.1.1.0', 186_488),
    ...so('libXdmcp.so.6', 'libXdmcp.so.6.0.0', 26_232),
    ...so('libxml2.so.2', 'libxml2.so.2.12.7', 1_317_656),
    ...so('libXpm.so.4', 'libXpm.so.4.11.0', 71_384),
    ...so('libxslt.so.1', 'libxslt.so.1.1.39', 244_472),
    ...so('libzstd.so.1', 'libzstd.so.1.5.6', 735_968),
    dir('/usr/lib/nginx'),
    dir(mods),
    lib(`${mods}/ngx_http_geoip_module-debug.so`, 23_256),
    lib(`${mods}/ngx_http_geoip_module.so`, 22_792),
    lib(`${mods}/ngx_http_image_filter_module-debug.so`, 35_456),
    lib(`${mods}/ngx_http_image_filter_module.so`, 34_992),
    lib(`${mods}/ngx_http_js_module-debug.so`, 2_058_808),
    lib(`${mods}/ngx_http_js_module.so`, 2_013_656),
    lib(`${mods}/ngx_http_xslt_filter_module-debug.so`, 31_144),
    lib(`${mods}/ngx_http_xslt_filter_module.so`, 30_680),
    lib(`${mods}/ngx_stream_geoip_module-debug.so`, 19_160),
    lib(`${mods}/ngx_stream_geoip_module.so`, 18_696),
    lib(`${mods}/ngx_stream_js_module-debug.so`, 1_963_448),
    lib(`${mods}/ngx_stream_js_module.so`, 1_918_296),
    dir('/usr/sbin'),
    exe('/usr/sbin/update-ca-certificates', 30_608, 'update-ca-certificates'),
    dir('/usr/share'),
    dir('/usr/share/GeoIP'),
    blob('/usr/share/GeoIP/GeoIP.dat', 1_242_574),
    blob('/usr/share/GeoIP/GeoIPv6.dat', 2_322_773),
    dir('/usr/share/ca-certificates'),
    dir('/usr/share/ca-certificates/mozilla'),
    ...['DigiCert_Global_Root_CA', 'GlobalSign_Root_CA', 'ISRG_Root_X1', 'ISRG_Root_X2', 'USERTrust_RSA_Certification_Authority'].map((n) =>
      blob(`/usr/share/ca-certificates/mozilla/${n}.crt`, 1_939, 0o644, '-----BEGIN CERTIFICATE-----\n'),
    ),
  ];
  // aom-libs (AV1 codec, pulled in by gd → libavif) is the largest and least known file; it
  // takes whatever makes the image total 43.2MB.
  return { mtime: MTIME, entries, balance: { path: '/usr/lib/libaom.so.3.9.1', total: MODULES_RUN_SIZE } };
}
