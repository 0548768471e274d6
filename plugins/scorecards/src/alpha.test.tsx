import { Entity } from '@backstage/catalog-model';
import { coreExtensionData } from '@backstage/frontend-plugin-api';
import {
  createExtensionTester,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/frontend-test-utils';
import { EntityProvider } from '@backstage/plugin-catalog-react';
import { screen, within } from '@testing-library/react';
import { scorecardsApiRef } from './api';
import {
  checkoutEntity,
  checkoutResponse,
  checkoutResult,
  mockScorecardsApi,
} from './__testUtils__/fixtures';
import {
  EntityCardBlueprint,
  EntityContentBlueprint,
} from '@backstage/plugin-catalog-react/alpha';
import scorecardsPlugin, {
  scorecardsEntityCard,
  scorecardsEntityContent,
  scorecardsPage,
  scorecardsRollupEntityContent,
} from './alpha';

function entityOfKind(kind: string): Entity {
  return {
    apiVersion: 'backstage.io/v1alpha1',
    kind,
    metadata: { name: 'x' },
  };
}

describe('scorecards plugin for the new frontend system', () => {
  it('has the plugin id the backend and permissions use', () => {
    expect(scorecardsPlugin.id).toBe('scorecards');
  });

  it('mounts the page at /scorecards', () => {
    const tester = createExtensionTester(scorecardsPage);
    expect(tester.get(coreExtensionData.routePath)).toBe('/scorecards');
  });

  it('shows the entity tab on components and the roll-up tab on groups', () => {
    const entityTab = createExtensionTester(scorecardsEntityContent);
    const rollupTab = createExtensionTester(scorecardsRollupEntityContent);
    const tabFilter = entityTab.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    );
    const rollupFilter = rollupTab.get(
      EntityContentBlueprint.dataRefs.filterFunction,
    );

    expect(entityTab.get(coreExtensionData.routePath)).toBe('scorecards');
    expect(tabFilter?.(entityOfKind('Component'))).toBe(true);
    expect(tabFilter?.(entityOfKind('Group'))).toBe(false);
    expect(rollupFilter?.(entityOfKind('Group'))).toBe(true);
    expect(rollupFilter?.(entityOfKind('System'))).toBe(true);
    expect(rollupFilter?.(entityOfKind('Component'))).toBe(false);
  });

  it('puts the summary card on components only', () => {
    const card = createExtensionTester(scorecardsEntityCard);
    const filter = card.get(EntityCardBlueprint.dataRefs.filterFunction);
    expect(filter?.(entityOfKind('Component'))).toBe(true);
    expect(filter?.(entityOfKind('User'))).toBe(false);
  });

  it('renders the entity tab through its lazy loader', async () => {
    const api = mockScorecardsApi({
      getEntityScorecards: async () => checkoutResponse(checkoutResult),
    });
    renderInTestApp(
      <TestApiProvider apis={[[scorecardsApiRef, api]]}>
        <EntityProvider entity={checkoutEntity}>
          {createExtensionTester(scorecardsEntityContent).reactElement()}
        </EntityProvider>
      </TestApiProvider>,
    );

    const card = await screen.findByRole('region', {
      name: 'Production readiness scorecard',
    });
    expect(within(card).getByLabelText('Score 67 out of 100')).toBeVisible();
  });
});
