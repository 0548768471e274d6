import { createApiRef } from '@backstage/core-plugin-api';
import { OwnershipApi } from '@cairn/plugin-ownership-common';

/**
 * The ApiRef of the ownership client.
 *
 * @public
 */
export const ownershipApiRef = createApiRef<OwnershipApi>({
  id: 'plugin.ownership.service',
});
