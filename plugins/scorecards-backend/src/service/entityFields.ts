import { CompiledScorecard } from '@cairn/plugin-scorecards-common';

const BASE_FIELDS = [
  'kind',
  'metadata.name',
  'metadata.namespace',
  'metadata.title',
  'spec.owner',
  'spec.system',
  'spec.domain',
  'relations',
];

/**
 * The catalog fields the scorecards read, so pages carry only those.
 * Returns undefined when a rule reads the whole entity.
 */
export function entityFieldsFor(
  scorecards: CompiledScorecard[],
): string[] | undefined {
  const fields = new Set(BASE_FIELDS);
  let whole = false;
  const add = (path: string) => {
    const segments = path.split('.');
    if (segments.length === 0 || segments[0] === '') {
      whole = true;
      return;
    }
    fields.add(segments.slice(0, 2).join('.'));
  };

  const addRulePath = (path: string) => {
    if (path === 'entity') {
      whole = true;
    } else if (path.startsWith('entity.')) {
      add(path.slice('entity.'.length));
    }
  };

  for (const scorecard of scorecards) {
    const { definition } = scorecard;
    collectPaths(definition.appliesTo ?? {}, add);
    for (const check of definition.checks) {
      collectPaths(check.appliesTo ?? {}, add);
      collectPaths(check.rule, addRulePath);
    }
  }
  return whole ? undefined : [...fields];
}

function collectPaths(predicate: unknown, add: (path: string) => void) {
  if (typeof predicate !== 'object' || predicate === null) {
    return;
  }
  if (Array.isArray(predicate)) {
    for (const item of predicate) {
      collectPaths(item, add);
    }
    return;
  }
  for (const [key, value] of Object.entries(predicate)) {
    if (key === '$all' || key === '$any' || key === '$not') {
      collectPaths(value, add);
    } else if (!key.startsWith('$')) {
      add(key);
    }
  }
}
