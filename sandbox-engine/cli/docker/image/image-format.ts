/**
 * `docker images` rows (docker/cli v28.5.2 cli/command/formatter/image.go): which rows an image
 * gives (one per repository tag; `<none>` for a dangling image; with digests, one per tag and
 * digest; repositories known only by digest get their own row), and each row's fields as the
 * template sees them (`.Repository`, `.Tag`, `.ID`, `.CreatedSince`, `.Size`, ...).
 */
import { GO_TYPE } from '../../go/value.ts';
import { marshal } from '../../go/json.ts';
import { humanDuration, humanSize, humanSizeWithPrecision } from '../../formatter/units.ts';
import { truncateID } from '../../formatter/displayutils.ts';
import { DEFAULT_FORMATS } from '../../formatter/headers.ts';
import type { ImageSummary } from '../../../daemon/image-list.ts';
import { familiarName, parseNormalizedNamed } from '../../../reference/reference.ts';
import { goTimeString } from '../../../util/go-time.ts';

/**
 * `--format json` / `{{json .}}` of a formatter context: docker's contexts marshal themselves
 * (formatter.MarshalJSON, json.Marshal: HTML-escaped, so `<none>` is `\u003cnone\u003e`), which
 * the template `json` function (no HTML escaping) does not reproduce; these formats are done here.
 */
export function isPlainJSONFormat(format: string): boolean {
  return format === 'json' || format.trim() === '{{json .}}';
}

export function jsonRows(rows: readonly object[]): string {
  return rows.map((r) => marshal(r) + '\n').join('');
}

/** formatter.NewImageFormat. */
export function imageFormat(source: string, quiet: boolean, digest: boolean): string {
  if (source === 'table') {
    if (quiet) return DEFAULT_FORMATS.quiet;
    return digest ? DEFAULT_FORMATS.imageWithDigest : DEFAULT_FORMATS.image;
  }
  if (source === 'raw') {
    if (quiet) return 'image_id: {{.ID}}';
    if (digest) return 'repository: {{ .Repository }}\ntag: {{.Tag}}\ndigest: {{.Digest}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
    return 'repository: {{ .Repository }}\ntag: {{.Tag}}\nimage_id: {{.ID}}\ncreated_at: {{.CreatedAt}}\nvirtual_size: {{.Size}}\n';
  }
  if (source.startsWith('table') && digest && !source.includes('{{.Digest}}')) return source + '\t{{.Digest}}';
  return source;
}

/**
 * One row's fields, in the sorted order formatter.MarshalJSON writes them for `{{json .}}`.
 * (Go's MarshalJSON also HTML-escapes `<none>` as `\u003cnone\u003e`; our template json does not.)
 */
export type ImageRow = Record<string, string>;

function row(img: ImageSummary, repo: string, tag: string, digest: string, trunc: boolean, now: number): ImageRow {
  const created = img.Created * 1000;
  const r: ImageRow = {
    Containers: img.Containers === -1 ? 'N/A' : String(img.Containers),
    // time.Unix(0, 0) is the epoch, not Go's zero time.
    CreatedAt: created === 0 ? '1970-01-01 00:00:00 +0000 UTC' : goTimeString(created),
    CreatedSince: `${humanDuration(now - created)} ago`,
    Digest: digest,
    ID: trunc ? truncateID(img.ID) : img.ID,
    Repository: repo,
    SharedSize: img.SharedSize === -1 ? 'N/A' : humanSize(img.SharedSize),
    Size: humanSizeWithPrecision(img.Size, 3),
    Tag: tag,
    UniqueSize: img.Size === -1 || img.SharedSize === -1 ? 'N/A' : humanSize(img.Size - img.SharedSize),
    VirtualSize: humanSize(img.Size),
  };
  (r as Record<symbol, string>)[GO_TYPE] = '*formatter.imageContext';
  return r;
}

/** imageFormat + imageFormatTaggedAndDigest: the rows for a list of summaries. */
export function imageRows(images: readonly ImageSummary[], opts: { trunc: boolean; digest: boolean; format: string; now: number }): ImageRow[] {
  const needDigest = opts.digest || opts.format.includes('{{.Digest}}');
  const out: ImageRow[] = [];
  for (const img of images) {
    if (img.RepoTags.length === 0 && img.RepoDigests.length === 0) {
      out.push(row(img, '<none>', '<none>', '<none>', opts.trunc, opts.now));
      continue;
    }
    const repoTags = new Map<string, string[]>();
    const repoDigests = new Map<string, string[]>();
    for (const s of img.RepoTags) {
      const ref = parseNormalizedNamed(s);
      if (ref.tag === undefined) continue;
      const name = familiarName(ref);
      repoTags.set(name, [...(repoTags.get(name) ?? []), ref.tag]);
    }
    for (const s of img.RepoDigests) {
      const ref = parseNormalizedNamed(s);
      if (ref.digest === undefined) continue;
      const name = familiarName(ref);
      repoDigests.set(name, [...(repoDigests.get(name) ?? []), ref.digest]);
    }
    for (const [repo, tags] of repoTags) {
      let digests = repoDigests.get(repo) ?? [];
      repoDigests.delete(repo);
      if (!needDigest) digests = [];
      for (const tag of tags) {
        if (digests.length === 0) out.push(row(img, repo, tag, '<none>', opts.trunc, opts.now));
        else for (const dg of digests) out.push(row(img, repo, tag, dg, opts.trunc, opts.now));
      }
    }
    for (const [repo, digests] of repoDigests) {
      if (opts.digest) for (const dg of digests) out.push(row(img, repo, '<none>', dg, opts.trunc, opts.now));
      else out.push(row(img, repo, '<none>', '', opts.trunc, opts.now));
    }
  }
  return out;
}
