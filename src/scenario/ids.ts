import type { RawDocument } from './migrate.ts';
import { type Finding, type Path, problem, show } from './result.ts';

export const ID_KINDS = ['actor', 'item', 'issue', 'forum', 'event', 'outcome'] as const;
/** The kinds of things a scenario names with ids and refers to elsewhere. */
export type IdKind = (typeof ID_KINDS)[number];

/** Where each kind is listed in the file. */
export const ID_SECTIONS: Readonly<Record<IdKind, string>> = {
  actor: 'actors',
  item: 'items',
  issue: 'issues',
  forum: 'forums',
  event: 'events',
  outcome: 'outcomes',
};

/** Every id written in the file, by kind, whether or not the rest of its entry is valid. */
export type IdIndex = Readonly<Record<IdKind, ReadonlySet<string>>>;

/** Case folding for comparing ids: `Japan`, `JAPAN` and `japan` are the same id to a reader. */
export function foldCase(text: string): string {
  return text.normalize('NFC').toUpperCase().toLowerCase();
}

function entries(doc: RawDocument, section: string): { id: string; path: Path }[] {
  const list = Object.hasOwn(doc, section) ? doc[section] : undefined;
  if (!Array.isArray(list)) return [];
  const out: { id: string; path: Path }[] = [];
  list.forEach((entry: unknown, index) => {
    if (typeof entry === 'object' && entry !== null && Object.hasOwn(entry, 'id')) {
      const id = (entry as { id: unknown }).id;
      if (typeof id === 'string') out.push({ id, path: [section, index, 'id'] });
    }
  });
  return out;
}

/**
 * Reads the ids from the raw document, leniently, so references can be checked even where other
 * parts of an entry are broken; and reports ids used twice, including ids that differ only in case.
 * Actors and items share one namespace, since maps such as `value:` may be keyed by either.
 */
export function indexIds(doc: RawDocument): { ids: IdIndex; findings: Finding[] } {
  const findings: Finding[] = [];
  const ids = {} as Record<IdKind, Set<string>>;
  const shared = new Map<string, { id: string; kind: IdKind }>();
  for (const kind of ID_KINDS) {
    const seen = new Map<string, string>();
    ids[kind] = new Set();
    for (const { id, path } of entries(doc, ID_SECTIONS[kind])) {
      const folded = foldCase(id);
      const earlier = seen.get(folded);
      if (earlier === id) {
        findings.push(
          problem(
            'scenario/duplicate-id',
            path,
            `two ${ID_SECTIONS[kind]} have the id ${show(id)}`,
            `give each of the ${ID_SECTIONS[kind]} its own id`,
          ),
        );
      } else if (earlier !== undefined) {
        findings.push(
          problem(
            'scenario/id-collision',
            path,
            `the ids ${show(earlier)} and ${show(id)} differ only in upper and lower case`,
            'ids must differ by more than case; rename one of them',
          ),
        );
      } else seen.set(folded, id);
      ids[kind].add(id);
      if (kind === 'actor' || kind === 'item') {
        const other = shared.get(folded);
        if (other !== undefined && other.kind !== kind) {
          findings.push(
            problem(
              'scenario/duplicate-id',
              path,
              `the ${kind} id ${show(id)} is also the id of an ${other.kind}`,
              'actors and items need different ids; rename the item',
            ),
          );
        } else if (other === undefined) shared.set(folded, { id, kind });
      }
    }
  }
  return { ids, findings };
}
