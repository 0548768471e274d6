import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { ResponseError } from '@backstage/errors';
import { ScorecardsApi } from '@cairn/plugin-scorecards-common';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import {
  checkoutEntity,
  checkoutResponse,
  checkoutResult,
  mockScorecardsApi,
} from '../../__testUtils__/fixtures';
import { EntityScorecardsContent } from './EntityScorecardsContent';

function renderContent(
  api: ScorecardsApi,
  authorize:
    | AuthorizeResult.ALLOW
    | AuthorizeResult.DENY = AuthorizeResult.ALLOW,
) {
  return renderWithApis(<EntityScorecardsContent />, {
    api,
    authorize,
    entity: checkoutEntity,
  });
}

describe('EntityScorecardsContent', () => {
  it('shows a progress bar while loading', async () => {
    const api = mockScorecardsApi({
      getEntityScorecards: () => new Promise(() => {}),
    });
    await renderContent(api);
    expect(await screen.findByRole('progressbar')).toBeInTheDocument();
  });

  it('reads the whole tab in one request and shows score, level and checks', async () => {
    const getEntityScorecards = jest
      .fn()
      .mockResolvedValue(checkoutResponse(checkoutResult));
    await renderContent(mockScorecardsApi({ getEntityScorecards }));

    const card = await screen.findByRole('region', {
      name: 'Production readiness scorecard',
    });
    expect(getEntityScorecards).toHaveBeenCalledTimes(1);
    expect(getEntityScorecards).toHaveBeenCalledWith(
      'component:default/checkout-service',
    );
    expect(within(card).getByLabelText('Score 67 out of 100')).toBeVisible();
    expect(within(card).getByLabelText('Level: Bronze (1 of 3)')).toBeVisible();
    expect(
      within(card).getByText('Last evaluated 2026-12-03 14:05 UTC'),
    ).toBeVisible();
    expect(
      within(card).getByRole('img', {
        name: 'Score trend from 40 on 2026-12-01 to 67 on 2026-12-03',
      }),
    ).toBeInTheDocument();

    // Checks are grouped by level, lowest first, with a passing count.
    const levels = within(card)
      .getAllByRole('heading', { level: 3 })
      .map(h => h.textContent);
    expect(levels).toEqual([
      'Bronze (1 of 1 passing)',
      'Silver (0 of 1 passing)',
      'Gold (1 of 1 passing)',
    ]);
  });

  it('opens failing checks with their how-to-fix markdown', async () => {
    await renderContent(
      mockScorecardsApi({
        getEntityScorecards: async () => checkoutResponse(checkoutResult),
      }),
    );

    const silver = await screen.findByRole('region', { name: 'Silver' });
    expect(within(silver).getByText('Fail')).toBeVisible();
    expect(
      within(silver).getByRole('button', { name: 'Fail: Has a runbook link' }),
    ).toHaveAttribute('aria-expanded', 'true');
    expect(within(silver).getByText('No runbook link found')).toBeVisible();
    const howToFix = within(silver).getByRole('region', { name: 'How to fix' });
    expect(within(howToFix).getByText('type: runbook').tagName).toBe('CODE');
    expect(
      within(silver).getByRole('region', { name: 'Why it matters' }),
    ).toHaveTextContent('On-call needs steps to follow at night.');

    // Passing checks stay closed until opened.
    const bronze = screen.getByRole('region', { name: 'Bronze' });
    expect(
      within(bronze).queryByRole('region', { name: 'How to fix' }),
    ).toBeNull();
    await userEvent.click(
      within(bronze).getByRole('button', {
        name: 'Pass: Has an owner that resolves',
      }),
    );
    const why = await within(bronze).findByRole('region', {
      name: 'Why it matters',
    });
    expect(within(why).getByText('breaks').tagName).toBe('STRONG');
  });

  it('shows exemption details on an exempt check', async () => {
    await renderContent(
      mockScorecardsApi({
        getEntityScorecards: async () => checkoutResponse(checkoutResult),
      }),
    );

    const gold = await screen.findByRole('region', { name: 'Gold' });
    expect(within(gold).getByText('Exempt')).toBeVisible();
    await userEvent.click(
      within(gold).getByRole('button', { name: 'Exempt: Has PagerDuty' }),
    );
    const note = await within(gold).findByRole('note', {
      name: 'Exemption details',
    });
    expect(note).toHaveTextContent('Exempt until 2027-01-31');
    expect(note).toHaveTextContent('Moving to Opsgenie this quarter');
    expect(note).toHaveTextContent('user:default/maya.patel');
  });

  it('counts neither not-applicable nor unknown checks as passing or failing', async () => {
    await renderContent(
      mockScorecardsApi({
        getEntityScorecards: async () =>
          checkoutResponse({
            ...checkoutResult,
            checks: [
              {
                checkId: 'has-owner',
                state: 'unknown',
                message: 'Fact not available: catalog.ownerResolves',
              },
              { checkId: 'has-runbook', state: 'warn', message: 'Stale' },
              { checkId: 'has-pagerduty', state: 'not_applicable' },
            ],
          }),
      }),
    );

    expect(
      await screen.findByRole('heading', { name: 'Gold (not applicable)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Bronze (1 unknown)' }),
    ).toBeInTheDocument();
    expect(
      screen.getByRole('heading', { name: 'Silver (0 of 1 passing)' }),
    ).toBeInTheDocument();
    const gold = screen.getByRole('region', { name: 'Gold' });
    expect(within(gold).getByText('Not applicable')).toBeVisible();
    const silver = screen.getByRole('region', { name: 'Silver' });
    expect(within(silver).getByText('Warning')).toBeVisible();
    // A warning is not a failure: no exemption to request, details closed.
    expect(
      within(silver).queryByRole('button', { name: /Request/ }),
    ).toBeNull();
  });

  it('lets a permitted user revoke an exemption', async () => {
    const getEntityScorecards = jest
      .fn()
      .mockResolvedValue(checkoutResponse(checkoutResult));
    const deleteExemption = jest.fn().mockResolvedValue(undefined);
    await renderContent(
      mockScorecardsApi({ getEntityScorecards, deleteExemption }),
    );

    const gold = await screen.findByRole('region', { name: 'Gold' });
    await userEvent.click(
      within(gold).getByRole('button', { name: 'Exempt: Has PagerDuty' }),
    );
    await userEvent.click(
      await within(gold).findByRole('button', {
        name: 'Revoke exemption for Has PagerDuty',
      }),
    );

    await waitFor(() => expect(deleteExemption).toHaveBeenCalledWith('ex-1'));
    await waitFor(() => expect(getEntityScorecards).toHaveBeenCalledTimes(2));
  });

  it('offers no revocation without the permission', async () => {
    await renderContent(
      mockScorecardsApi({
        getEntityScorecards: async () => checkoutResponse(checkoutResult),
      }),
      AuthorizeResult.DENY,
    );

    const gold = await screen.findByRole('region', { name: 'Gold' });
    await userEvent.click(
      within(gold).getByRole('button', { name: 'Exempt: Has PagerDuty' }),
    );
    expect(
      await within(gold).findByRole('note', { name: 'Exemption details' }),
    ).toBeVisible();
    expect(
      within(gold).queryByRole('button', { name: /Revoke exemption/ }),
    ).toBeNull();
  });

  it('says so when no scorecard applies', async () => {
    await renderContent(
      mockScorecardsApi({
        getEntityScorecards: async () => checkoutResponse(),
      }),
    );
    expect(
      await screen.findByText('No scorecard applies to this entity'),
    ).toBeInTheDocument();
  });

  it('shows the error when the request fails', async () => {
    const response = new Response(
      JSON.stringify({
        error: { name: 'NotAllowedError', message: 'You may not read this' },
        response: { statusCode: 403 },
      }),
      { status: 403, headers: { 'Content-Type': 'application/json' } },
    );
    const error = await ResponseError.fromResponse(response);
    await renderContent(
      mockScorecardsApi({ getEntityScorecards: () => Promise.reject(error) }),
    );
    expect(
      await screen.findByText(/Could not load scorecards/),
    ).toBeInTheDocument();
    expect(screen.getByText('403: NotAllowedError')).toBeInTheDocument();
  });

  it('lets a permitted user request an exemption for a failing check', async () => {
    const getEntityScorecards = jest
      .fn()
      .mockResolvedValue(checkoutResponse(checkoutResult));
    const createExemption = jest.fn().mockImplementation(async req => ({
      ...req,
      id: 'ex-2',
      createdBy: 'user:default/guest',
      createdAt: '2026-12-03T15:00:00.000Z',
    }));
    await renderContent(
      mockScorecardsApi({ getEntityScorecards, createExemption }),
    );

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Request exemption for Has a runbook link',
      }),
    );
    const dialog = await screen.findByRole('dialog', {
      name: /Request an exemption for “Has a runbook link”/,
    });
    const submit = within(dialog).getByRole('button', {
      name: 'Request exemption',
    });
    expect(submit).toBeDisabled();

    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Runbook moves to the new wiki next sprint',
    );
    // Within the default cap of 90 days from today.
    const expiresOn = new Date(Date.now() + 20 * 86_400_000)
      .toISOString()
      .slice(0, 10);
    const expiry = within(dialog).getByLabelText(/Expires on/);
    await userEvent.clear(expiry);
    await userEvent.type(expiry, expiresOn);
    await userEvent.click(submit);

    await waitFor(() =>
      expect(screen.queryByRole('dialog')).not.toBeInTheDocument(),
    );
    expect(createExemption).toHaveBeenCalledWith({
      entityRef: 'component:default/checkout-service',
      scorecardId: 'production-readiness',
      checkId: 'has-runbook',
      reason: 'Runbook moves to the new wiki next sprint',
      expiresAt: `${expiresOn}T23:59:59.000Z`,
    });
    // The tab reloads to show the exemption.
    await waitFor(() => expect(getEntityScorecards).toHaveBeenCalledTimes(2));
  });

  it('keeps the dialog open and shows why when creation fails', async () => {
    const createExemption = jest
      .fn()
      .mockRejectedValue(
        new Error('expiresAt is beyond the maximum of 90 days'),
      );
    await renderContent(
      mockScorecardsApi({
        getEntityScorecards: async () => checkoutResponse(checkoutResult),
        createExemption,
      }),
    );

    await userEvent.click(
      await screen.findByRole('button', {
        name: 'Request exemption for Has a runbook link',
      }),
    );
    const dialog = await screen.findByRole('dialog');
    await userEvent.type(
      within(dialog).getByRole('textbox', { name: /Reason/ }),
      'Later',
    );
    await userEvent.click(
      within(dialog).getByRole('button', { name: 'Request exemption' }),
    );

    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      'expiresAt is beyond the maximum of 90 days',
    );
  });

  it('tells users without the permission why they cannot request one', async () => {
    await renderContent(
      mockScorecardsApi({
        getEntityScorecards: async () => checkoutResponse(checkoutResult),
      }),
      AuthorizeResult.DENY,
    );

    const silver = await screen.findByRole('region', { name: 'Silver' });
    expect(
      await within(silver).findByText(/You cannot request an exemption/),
    ).toHaveTextContent('scorecards.exemption.create');
    expect(
      within(silver).queryByRole('button', { name: /Request exemption/ }),
    ).toBeNull();
  });
});
