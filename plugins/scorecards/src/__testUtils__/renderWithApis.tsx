import { Entity } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import {
  catalogApiRef,
  EntityProvider,
  entityRouteRef,
} from '@backstage/plugin-catalog-react';
import { permissionApiRef } from '@backstage/plugin-permission-react';
import {
  mockApis,
  renderInTestApp,
  TestApiProvider,
} from '@backstage/test-utils';
import {
  configApiRef,
  IdentityApi,
  identityApiRef,
} from '@backstage/core-plugin-api';
import { ScorecardsApi } from '@cairn/plugin-scorecards-common';
import { ReactNode } from 'react';
import { SWRConfig } from 'swr';
import { scorecardsApiRef } from '../api';

/** Options of {@link renderWithApis}. */
export interface RenderWithApisOptions {
  api: ScorecardsApi;
  entity?: Entity;
  authorize?: AuthorizeResult.ALLOW | AuthorizeResult.DENY;
  catalogApi?: Partial<typeof catalogApiRef.T>;
  identityApi?: IdentityApi;
  routeEntries?: string[];
  /** App config the components read, e.g. `scorecards.exemptions.maxDays`. */
  config?: NonNullable<Parameters<typeof mockApis.config>[0]>['data'];
}

/**
 * Renders UI in a test app with the scorecards API, the permission API and
 * the catalog's entity route mounted. `usePermission` caches answers in SWR
 * across renders, so each render gets a fresh cache.
 */
export function renderWithApis(ui: ReactNode, options: RenderWithApisOptions) {
  const { api, entity, authorize = AuthorizeResult.ALLOW } = options;
  const content = entity ? (
    <EntityProvider entity={entity}>{ui}</EntityProvider>
  ) : (
    ui
  );
  return renderInTestApp(
    <SWRConfig value={{ provider: () => new Map() }}>
      <TestApiProvider
        apis={[
          [scorecardsApiRef, api],
          [permissionApiRef, mockApis.permission({ authorize })],
          [catalogApiRef, options.catalogApi ?? {}],
          [identityApiRef, options.identityApi ?? mockApis.identity()],
          [configApiRef, mockApis.config({ data: options.config ?? {} })],
        ]}
      >
        {content}
      </TestApiProvider>
    </SWRConfig>,
    {
      mountedRoutes: { '/catalog/:namespace/:kind/:name': entityRouteRef },
      routeEntries: options.routeEntries,
    },
  );
}
