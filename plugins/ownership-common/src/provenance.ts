/**
 * Where a resolved owner came from.
 *
 * @public
 */
export type OwnershipProvenance =
  | { type: 'direct' }
  | { type: 'system'; ref: string }
  | { type: 'domain'; ref: string }
  | { type: 'fallback' }
  | { type: 'none' };

/**
 * Formats a provenance as `direct`, `system:<ref>`, `domain:<ref>`,
 * `fallback` or `none`.
 *
 * @public
 * @param p - The provenance to format.
 */
export function formatProvenance(p: OwnershipProvenance): string {
  switch (p.type) {
    case 'system':
      return `system:${p.ref}`;
    case 'domain':
      return `domain:${p.ref}`;
    default:
      return p.type;
  }
}
