import { screen } from '@testing-library/react';
import {
  checkoutRollup,
  mockScorecardsApi,
} from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { EntityScorecardsRollupContent } from './EntityScorecardsRollupContent';

describe('EntityScorecardsRollupContent', () => {
  it('rolls up the group whose page it is on', async () => {
    const getRollup = jest.fn().mockResolvedValue({
      ...checkoutRollup,
      scorecards: [],
    });
    await renderWithApis(<EntityScorecardsRollupContent />, {
      api: mockScorecardsApi({ getRollup }),
      entity: {
        apiVersion: 'backstage.io/v1alpha1',
        kind: 'Group',
        metadata: { name: 'commerce', namespace: 'default' },
        spec: { type: 'division', children: [] },
      },
    });
    expect(
      await screen.findByText('No scorecard results here yet'),
    ).toBeInTheDocument();
    expect(getRollup).toHaveBeenCalledWith('group:default/commerce');
  });
});
