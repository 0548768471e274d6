import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { mockScorecardsApi } from '../../__testUtils__/fixtures';
import { renderWithApis } from '../../__testUtils__/renderWithApis';
import { ExemptionRequestDialog } from './ExemptionRequestDialog';

const now = new Date('2026-12-03T10:00:00Z');

function renderDialog(options: {
  maxDays?: number;
  createExemption?: jest.Mock;
}) {
  const createExemption =
    options.createExemption ?? jest.fn(async req => ({ id: 'e1', ...req }));
  const onCreated = jest.fn();
  const config =
    options.maxDays === undefined
      ? {}
      : { scorecards: { exemptions: { maxDays: options.maxDays } } };
  return renderWithApis(
    <ExemptionRequestDialog
      open
      entityRef="component:default/cart-service"
      scorecardId="documentation"
      checkId="techdocs"
      checkTitle="Publishes TechDocs"
      onClose={jest.fn()}
      onCreated={onCreated}
      now={now}
    />,
    { api: mockScorecardsApi({ createExemption }), config },
  ).then(() => ({ createExemption, onCreated }));
}

describe('ExemptionRequestDialog', () => {
  it('caps the expiry at scorecards.exemptions.maxDays from config', async () => {
    await renderDialog({ maxDays: 10 });

    const expiry = screen.getByLabelText(/Expires on/);
    expect(expiry).toHaveAttribute('min', '2026-12-04');
    expect(expiry).toHaveAttribute('max', '2026-12-13');
    // The default of 30 days would be past the cap, so it starts at the cap.
    expect(expiry).toHaveValue('2026-12-13');
  });

  it('refuses a date past the cap and names the allowed range', async () => {
    const { createExemption } = await renderDialog({ maxDays: 10 });

    await userEvent.type(screen.getByLabelText(/Reason/), 'Docs move in Q1');
    const expiry = screen.getByLabelText(/Expires on/);
    await userEvent.clear(expiry);
    await userEvent.type(expiry, '2027-01-20');

    expect(
      screen.getByText('Pick a date from 2026-12-04 to 2026-12-13.'),
    ).toBeInTheDocument();
    const submit = screen.getByRole('button', { name: 'Request exemption' });
    expect(submit).toBeDisabled();
    // Submitting the form another way is refused as well.
    await userEvent.type(expiry, '{enter}');
    expect(createExemption).not.toHaveBeenCalled();
  });

  it('uses the backend default of 90 days without config and submits', async () => {
    const { createExemption, onCreated } = await renderDialog({});

    const expiry = screen.getByLabelText(/Expires on/);
    expect(expiry).toHaveAttribute('max', '2027-03-03');
    expect(expiry).toHaveValue('2027-01-02');

    await userEvent.type(screen.getByLabelText(/Reason/), 'Docs move in Q1');
    await userEvent.click(
      screen.getByRole('button', { name: 'Request exemption' }),
    );

    await waitFor(() => expect(onCreated).toHaveBeenCalled());
    expect(createExemption).toHaveBeenCalledWith({
      entityRef: 'component:default/cart-service',
      scorecardId: 'documentation',
      checkId: 'techdocs',
      reason: 'Docs move in Q1',
      expiresAt: '2027-01-02T23:59:59.000Z',
    });
  });
});
