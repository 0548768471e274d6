import { Entity } from '@backstage/catalog-model';
import { ResponseError } from '@backstage/errors';
import {
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { renderInTestApp, TestApiProvider } from '@backstage/test-utils';
import { EntityOwnership, OwnershipApi } from '@cairn/plugin-ownership-common';
import { screen } from '@testing-library/react';
import { ownershipApiRef } from '../../api';
import { EntityOwnershipCard } from './EntityOwnershipCard';

const entity: Entity = {
  apiVersion: 'backstage.io/v1alpha1',
  kind: 'Component',
  metadata: { name: 'legacy-cart-widget', namespace: 'default' },
  spec: { owner: 'unknown', system: 'storefront' },
};

const answer: EntityOwnership = {
  entityRef: 'component:default/legacy-cart-widget',
  kind: 'Component',
  owner: {
    ref: 'group:default/team-checkout',
    kind: 'Group',
    title: 'Checkout',
    email: 'checkout@lumen.example',
    chatUrl: 'https://chat.lumen.example/channels/checkout',
  },
  provenance: { type: 'system', ref: 'system:default/storefront' },
  provenanceText: 'system:system:default/storefront',
  chain: {
    steps: [
      { ref: 'group:default/team-checkout', title: 'Checkout', links: [] },
      {
        ref: 'group:default/commerce',
        title: 'Commerce',
        email: 'commerce@lumen.example',
        links: [],
      },
    ],
    truncated: true,
    reason: 'cycle',
  },
  contacts: {
    email: 'checkout@lumen.example',
    chatLinks: [
      {
        url: 'https://chat.lumen.example/channels/checkout',
        title: 'Checkout chat',
        type: 'chat',
      },
    ],
    links: [],
    members: [],
    leads: [{ ref: 'user:default/ana.silva', title: 'Ana Silva' }],
  },
  onCall: [
    {
      provider: 'pagerduty',
      status: 'ok',
      people: [{ name: 'Ana Silva', level: 1 }],
    },
    {
      provider: 'opsgenie',
      status: 'error',
      reason: 'Opsgenie rate limit reached',
      people: [],
    },
  ],
  staleness: [
    {
      type: 'placeholder_owner',
      message: 'Owner group:default/unknown is a placeholder, not a real owner',
    },
  ],
  index: { builtAt: '2026-01-01T00:00:00Z', ageSeconds: 42, entityCount: 90 },
};

function renderCard(api: Partial<OwnershipApi>) {
  return renderInTestApp(
    <TestApiProvider apis={[[ownershipApiRef, api]]}>
      <EntityProvider entity={entity}>
        <EntityOwnershipCard />
      </EntityProvider>
    </TestApiProvider>,
    { mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef } },
  );
}

describe('EntityOwnershipCard', () => {
  it('shows owner, provenance, contacts, on-call, chain and warnings', async () => {
    const getEntityOwnership = jest.fn().mockResolvedValue(answer);
    await renderCard({ getEntityOwnership });

    expect(getEntityOwnership).toHaveBeenCalledWith({
      kind: 'Component',
      namespace: 'default',
      name: 'legacy-cart-widget',
    });
    expect(
      screen.getByText('Inherited from system storefront'),
    ).toBeInTheDocument();
    const mail = screen.getAllByRole('link', {
      name: /checkout@lumen.example/,
    });
    expect(mail[0]).toHaveAttribute('href', 'mailto:checkout@lumen.example');
    expect(screen.getByRole('link', { name: /Checkout chat/ })).toHaveAttribute(
      'href',
      'https://chat.lumen.example/channels/checkout',
    );
    expect(
      screen.getByText(/PagerDuty: Ana Silva \(level 1\)/),
    ).toBeInTheDocument();
    expect(
      screen.getByText(/Opsgenie: Opsgenie rate limit reached/),
    ).toBeInTheDocument();
    const chain = screen.getByRole('list', { name: 'Escalation chain' });
    expect(chain.querySelectorAll('li')).toHaveLength(2);
    expect(screen.getByText(/the group hierarchy loops/)).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(/placeholder/);
    expect(screen.getByText(/as of 42 s ago/)).toBeInTheDocument();
  });

  it('says nobody owns it when there is no owner', async () => {
    await renderCard({
      getEntityOwnership: jest.fn().mockResolvedValue({
        ...answer,
        owner: undefined,
        contacts: undefined,
        provenance: { type: 'none' },
        chain: { steps: [], truncated: false },
        staleness: [],
        onCall: [],
      }),
    });
    expect(screen.getByText('Nobody owns this component.')).toBeInTheDocument();
    expect(
      screen.getByText('No on-call provider is configured.'),
    ).toBeInTheDocument();
  });

  it('explains that groups are owners, not owned', async () => {
    await renderCard({
      getEntityOwnership: jest.fn().mockResolvedValue({
        ...answer,
        kind: 'Group',
        owner: undefined,
        provenance: { type: 'none' },
        staleness: [],
      }),
    });
    expect(
      screen.getByText(/A group owns entities rather than being owned/),
    ).toBeInTheDocument();
    expect(
      screen.getAllByRole('link', { name: /checkout@lumen.example/ })[0],
    ).toHaveAttribute('href', 'mailto:checkout@lumen.example');
  });

  it('explains a 404 as not indexed yet', async () => {
    const notFound = await ResponseError.fromResponse(
      new Response(
        JSON.stringify({ error: { name: 'NotFoundError', message: 'x' } }),
        {
          status: 404,
          headers: { 'Content-Type': 'application/json' },
        },
      ) as never,
    );
    await renderCard({
      getEntityOwnership: jest.fn().mockRejectedValue(notFound),
    });
    expect(
      screen.getByText(/not in the ownership index yet/),
    ).toBeInTheDocument();
  });

  it('shows other errors in an error panel', async () => {
    await renderCard({
      getEntityOwnership: jest
        .fn()
        .mockRejectedValue(new Error('backend exploded')),
    });
    expect(screen.getAllByText(/backend exploded/).length).toBeGreaterThan(0);
  });

  it('shows progress while loading', async () => {
    await renderCard({
      getEntityOwnership: () => new Promise(() => {}),
    });
    expect(screen.getByTestId('progress')).toBeInTheDocument();
  });
});
