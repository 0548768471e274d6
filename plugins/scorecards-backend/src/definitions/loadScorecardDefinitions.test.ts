import { ConfigReader } from '@backstage/config';
import { createMockDirectory } from '@backstage/backend-test-utils';
import { loadScorecardDefinitions } from './loadScorecardDefinitions';

const scorecard = (id: string, rule = "{ 'entity.kind': Component }") => `
id: ${id}
title: ${id}
levels:
  - { id: bronze, title: Bronze }
checks:
  - id: kind
    title: Is a component
    level: bronze
    rule: ${rule}
`;

describe('loadScorecardDefinitions', () => {
  const dir = createMockDirectory();

  it('loads inline definitions and multi-document YAML files', async () => {
    dir.setContent({
      'a.yaml': `${scorecard('one')}---${scorecard('two')}`,
      'b.yaml': `- ${scorecard('three').trim().replace(/\n/g, '\n  ')}`,
    });
    const config = new ConfigReader({
      scorecards: {
        definitions: [
          {
            id: 'inline',
            title: 'Inline',
            levels: [{ id: 'l', title: 'L' }],
            checks: [
              {
                id: 'c',
                title: 'C',
                level: 'l',
                rule: { 'entity.kind': 'API' },
              },
            ],
          },
        ],
        definitionFiles: ['a.yaml', 'b.yaml'],
      },
    });
    const loaded = await loadScorecardDefinitions(config, {
      baseDir: dir.path,
    });
    expect(loaded.map(s => s.id)).toEqual(['inline', 'one', 'two', 'three']);
  });

  it('names the file, scorecard, check and key path of a bad rule', async () => {
    dir.setContent({
      'bad.yaml': scorecard('bad', "{ 'facts.ci.coverage': { $gt: high } }"),
    });
    const config = new ConfigReader({
      scorecards: { definitionFiles: ['bad.yaml'] },
    });
    await expect(
      loadScorecardDefinitions(config, { baseDir: dir.path }),
    ).rejects.toThrow(
      'bad.yaml: scorecard "bad", check "kind", rule.facts.ci.coverage.$gt: $gt takes a finite number',
    );
  });

  it('refuses unreadable files, invalid YAML and duplicates across sources', async () => {
    dir.setContent({
      'broken.yaml': 'id: [',
      'x.yaml': scorecard('x'),
      'y.yaml': scorecard('x'),
    });
    await expect(
      loadScorecardDefinitions(
        new ConfigReader({ scorecards: { definitionFiles: ['missing.yaml'] } }),
        { baseDir: dir.path },
      ),
    ).rejects.toThrow('scorecards.definitionFiles: cannot read missing.yaml');
    await expect(
      loadScorecardDefinitions(
        new ConfigReader({ scorecards: { definitionFiles: ['broken.yaml'] } }),
        { baseDir: dir.path },
      ),
    ).rejects.toThrow('broken.yaml: invalid YAML');
    await expect(
      loadScorecardDefinitions(
        new ConfigReader({
          scorecards: { definitionFiles: ['x.yaml', 'y.yaml'] },
        }),
        { baseDir: dir.path },
      ),
    ).rejects.toThrow('scorecard "x" is defined more than once');
  });
});
