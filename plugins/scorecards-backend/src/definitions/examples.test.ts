import { ConfigReader } from '@backstage/config';
import { evaluateScorecard } from '@cairn/plugin-scorecards-common';
import path from 'path';
import { loadScorecardDefinitions } from './loadScorecardDefinitions';

// The example app loads these; they must compile and behave as documented.
describe('example scorecards', () => {
  const repoRoot = path.resolve(__dirname, '../../../..');
  const load = () =>
    loadScorecardDefinitions(
      new ConfigReader({
        scorecards: {
          definitionFiles: [
            'examples/scorecards/production-readiness.yaml',
            'examples/scorecards/documentation.yaml',
            'examples/scorecards/security-basics.yaml',
          ],
        },
      }),
      { baseDir: repoRoot },
    );

  it('load and compile', async () => {
    const scorecards = await load();
    expect(scorecards.map(s => s.id)).toEqual([
      'production-readiness',
      'documentation',
      'security-basics',
    ]);
  });

  it('reach Silver from catalog metadata while repository facts are unknown', async () => {
    const [production] = await load();
    const entity = {
      kind: 'Component',
      metadata: {
        name: 'cart-service',
        links: [{ url: 'https://x' }],
        annotations: { 'pagerduty.com/service-id': 'P1' },
      },
      spec: { type: 'service', lifecycle: 'production', system: 'storefront' },
    };
    const result = evaluateScorecard(production, {
      entity,
      facts: { catalog: { ownerResolves: true, linkCount: 1 } },
    });
    expect(production.levels[result.levelIndex].id).toBe('silver');
    expect(
      result.checks.filter(c => c.state === 'unknown').map(c => c.checkId),
    ).toEqual(['ci-workflow', 'pinned-base-image']);
  });
});
