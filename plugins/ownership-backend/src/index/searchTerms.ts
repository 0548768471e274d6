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
