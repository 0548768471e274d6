import { Entity } from '@backstage/catalog-model';

/** One searchable value of an entity and where it came from. */
export interface SearchTerm {
  value: string;
  field: string;
}

// Annotations that hold bookkeeping rather than anything a person searches.
const SKIPPED_ANNOTATIONS = [
  'backstage.io/managed-by-location',
  'backstage.io/managed-by-origin-location',
  'backstage.io/view-url',
  'backstage.io/edit-url',
  'kubectl.kubernetes.io/last-applied-configuration',
];

const MAX_TERM_LENGTH = 300;

/**
 * Lists the values the search matches: name, title, tags and annotation
 * values, lower-cased.
 *
 * @param entity - The entity.
 */
export function searchTermsOf(entity: Entity): SearchTerm[] {
  const terms: SearchTerm[] = [
    { value: entity.metadata.name.toLowerCase(), field: 'name' },
  ];
  if (entity.metadata.title) {
    terms.push({ value: entity.metadata.title.toLowerCase(), field: 'title' });
  }
  for (const tag of entity.metadata.tags ?? []) {
    terms.push({ value: tag.toLowerCase(), field: 'tag' });
  }
  for (const [key, value] of Object.entries(
    entity.metadata.annotations ?? {},
  )) {
    if (
      typeof value === 'string' &&
      value.length <= MAX_TERM_LENGTH &&
      !SKIPPED_ANNOTATIONS.includes(key)
    ) {
      terms.push({ value: value.toLowerCase(), field: key });
    }
  }
  return terms;
}

const FIELD_WEIGHT: Record<string, number> = { name: 1, title: 0.9, tag: 0.6 };

/**
 * Scores how well a query matches an entity's terms: exact matches beat
 * prefixes, prefixes beat substrings, and names beat titles, tags and
 * annotations. Returns 0 for no match.
 *
 * @param terms - The entity's terms.
 * @param query - The lower-cased query.
 */
export function scoreTerms(
  terms: SearchTerm[],
  query: string,
): { score: number; field: string } {
  let best = { score: 0, field: '' };
  for (const term of terms) {
    let base = 0;
    if (term.value === query) {
      base = 100;
    } else if (term.value.startsWith(query)) {
      base = 70;
    } else if (
      term.value.endsWith(`/${query}`) ||
      term.value.endsWith(`:${query}`)
    ) {
      // A repository slug `org/repo` or a `url:...` value ending in the query.
      base = 80;
    } else if (term.value.includes(query)) {
      base = 40;
    }
    if (base === 0) {
      continue;
    }
    const score = Math.round(base * (FIELD_WEIGHT[term.field] ?? 0.75));
    if (score > best.score) {
      best = { score, field: term.field };
    }
  }
  return best;
}
