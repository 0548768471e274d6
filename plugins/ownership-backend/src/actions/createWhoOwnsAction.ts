import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { InputError } from '@backstage/errors';
import { ActionsRegistryService } from '@backstage/backend-plugin-api/alpha';
import { OwnershipService } from '../service/OwnershipService';

/**
 * Registers the `who-owns` action: the owner, provenance and primary
 * contact of an entity, for AI agents and other action callers.
 *
 * @param actionsRegistry - The actions registry service.
 * @param service - The ownership service.
 */
export function createWhoOwnsAction(
  actionsRegistry: ActionsRegistryService,
  service: OwnershipService,
) {
  actionsRegistry.register({
    name: 'who-owns',
    title: 'Who owns',
    description:
      'Finds who owns and supports a catalog entity: the owner, where that ' +
      'answer comes from (direct, system, domain or fallback), the team ' +
      'email and chat link, and the escalation chain.',
    attributes: { readOnly: true, idempotent: true, destructive: false },
    schema: {
      input: z =>
        z.object({
          entityRef: z
            .string()
            .describe('Entity ref, e.g. component:default/checkout-web'),
        }),
      output: z =>
        z.object({
          entityRef: z.string(),
          ownerRef: z.string().optional(),
          provenance: z.string(),
          email: z.string().optional(),
          chatUrl: z.string().optional(),
          escalation: z.array(z.string()),
        }),
    },
    action: async ({ input, credentials }) => {
      let ref: string;
      try {
        ref = stringifyEntityRef(
          parseEntityRef(input.entityRef, { defaultKind: 'component' }),
        ).toLowerCase();
      } catch {
        throw new InputError(`entityRef '${input.entityRef}' is not valid`);
      }
      const answer = await service.entityOwnership(ref, credentials);
      return {
        output: {
          entityRef: answer.entityRef,
          ownerRef: answer.owner?.ref,
          provenance: answer.provenanceText,
          email: answer.owner?.email ?? answer.contacts?.email,
          chatUrl: answer.owner?.chatUrl,
          escalation: answer.chain.steps.map(s => s.ref),
        },
      };
    },
  });
}
