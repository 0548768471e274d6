import { parseEntityRef } from '@backstage/catalog-model';
import { OwnershipProvenance } from '@cairn/plugin-ownership-common';

/**
 * Says in words where an owner came from.
 *
 * @param provenance - The provenance from the backend.
 */
export function describeProvenance(provenance: OwnershipProvenance): string {
  switch (provenance.type) {
    case 'direct':
      return 'Direct owner';
    case 'system':
      return `Inherited from system ${parseEntityRef(provenance.ref).name}`;
    case 'domain':
      return `Inherited from domain ${parseEntityRef(provenance.ref).name}`;
    case 'fallback':
      return 'Fallback owner: nobody else owns this';
    default:
      return 'No owner';
  }
}
