/**
 * Tags and digests pointing at image IDs, as moby's reference store (reference/store.go) keeps them
 * in image/overlay2/repositories.json: familiar repository name → familiar reference → image ID.
 */
import { conflict, invalidParameter, notFound } from '../errdefs/errors.ts';
import { familiarName, familiarString, fullString, tagNameOnly, type Named } from './reference.ts';

export interface ReferenceStoreState {
  Repositories: Record<string, Record<string, string>>;
}

export class ReferenceStore {
  private repos = new Map<string, Map<string, string>>();
  private named = new Map<string, Named>();

  /** Add or move `ref` to image `id`. */
  add(ref: Named, id: string, force = false): void {
    const r = ref.digest === undefined ? tagNameOnly(ref) : ref;
    const name = familiarName(r);
    const key = familiarString(r);
    if (name === 'sha256') throw invalidParameter('refusing to create an ambiguous tag using digest algorithm as name');
    let repo = this.repos.get(name);
    if (!repo) {
      repo = new Map();
      this.repos.set(name, repo);
    }
    const old = repo.get(key);
    if (old !== undefined) {
      if (old === id) return;
      if (r.digest !== undefined) throw conflict(`cannot overwrite digest ${r.digest}`);
      if (!force) throw conflict(`tag ${key} is already set to image ${old}, use the force option to replace it`);
    }
    repo.set(key, id);
    this.named.set(key, r);
  }

  /** Remove `ref`; false when it did not exist. */
  delete(ref: Named): boolean {
    const r = ref.digest === undefined ? tagNameOnly(ref) : ref;
    const name = familiarName(r);
    const key = familiarString(r);
    const repo = this.repos.get(name);
    if (!repo || !repo.has(key)) return false;
    repo.delete(key);
    if (repo.size === 0) this.repos.delete(name);
    this.named.delete(key);
    return true;
  }

  get(ref: Named): string {
    const r = ref.digest === undefined ? tagNameOnly(ref) : ref;
    const id = this.repos.get(familiarName(r))?.get(familiarString(r));
    if (id === undefined) throw notFound('reference does not exist');
    return id;
  }

  tryGet(ref: Named): string | undefined {
    try {
      return this.get(ref);
    } catch {
      return undefined;
    }
  }

  /** References to `id`, sorted by their full string as moby's lexicalRefs. */
  references(id: string): Named[] {
    const out: Named[] = [];
    for (const repo of this.repos.values()) {
      for (const [key, v] of repo) if (v === id) out.push(this.named.get(key)!);
    }
    return out.sort((a, b) => (fullString(a) < fullString(b) ? -1 : fullString(a) > fullString(b) ? 1 : 0));
  }

  /** All references to any image. */
  all(): Array<{ ref: Named; id: string }> {
    const out: Array<{ ref: Named; id: string }> = [];
    for (const repo of this.repos.values()) for (const [key, id] of repo) out.push({ ref: this.named.get(key)!, id });
    return out;
  }

  /** repositories.json content (Go map order: sorted keys, as json.Marshal writes maps). */
  toJSON(): ReferenceStoreState {
    const Repositories: Record<string, Record<string, string>> = {};
    for (const name of [...this.repos.keys()].sort()) {
      const repo = this.repos.get(name)!;
      Repositories[name] = Object.fromEntries([...repo.keys()].sort().map((k) => [k, repo.get(k)!]));
    }
    return { Repositories };
  }
}
