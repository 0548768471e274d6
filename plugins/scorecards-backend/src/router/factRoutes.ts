import { InputError, NotAllowedError, NotFoundError } from '@backstage/errors';
import { parseEntityRef, stringifyEntityRef } from '@backstage/catalog-model';
import { AuthorizeResult } from '@backstage/plugin-permission-common';
import { scorecardsFactsPushPermission } from '@cairn/plugin-scorecards-common';
import { findInvalidFact } from '@cairn/plugin-scorecards-node';
import { JsonValue } from '@backstage/types';
import express, { Router } from 'express';
import { RouterContext } from './context';

/** `POST /facts`: facts pushed by CI. */
export function addFactRoutes(router: Router, ctx: RouterContext) {
  router.post(
    '/facts',
    // Oversized bodies are refused by the parser with 413.
    express.json({ limit: ctx.settings.maxFactPayloadBytes }),
    async (req, res) => {
      const credentials = await ctx.httpAuth.credentials(req, {
        allow: ['user', 'service'],
      });
      if (credentials.principal.type === 'user') {
        const [decision] = await ctx.permissions.authorize(
          [{ permission: scorecardsFactsPushPermission }],
          { credentials },
        );
        if (decision.result !== AuthorizeResult.ALLOW) {
          throw new NotAllowedError('Not allowed to push facts');
        }
      }

      const body: unknown = req.body;
      if (typeof body !== 'object' || body === null || Array.isArray(body)) {
        throw new InputError('body: must be a JSON object');
      }
      const { entityRef, source, facts, ...rest } = body as Record<
        string,
        unknown
      >;
      const extra = Object.keys(rest);
      if (extra.length > 0) {
        throw new InputError(`${extra[0]}: unknown field`);
      }
      if (typeof entityRef !== 'string') {
        throw new InputError('entityRef: must be a string');
      }
      let ref: string;
      try {
        ref = stringifyEntityRef(parseEntityRef(entityRef)).toLocaleLowerCase(
          'en-US',
        );
      } catch {
        throw new InputError(`entityRef: not an entity ref "${entityRef}"`);
      }
      if (typeof source !== 'string') {
        throw new InputError('source: must be a string');
      }
      const declared = ctx.settings.pushSources.get(source);
      if (!declared) {
        throw new InputError(`source: unknown push source "${source}"`);
      }
      if (typeof facts !== 'object' || facts === null || Array.isArray(facts)) {
        throw new InputError('facts: must be an object');
      }
      const invalid = findInvalidFact(
        facts as Record<string, JsonValue>,
        declared,
      );
      if (invalid) {
        throw new InputError(`facts.${invalid.field}: ${invalid.message}`);
      }
      const entity = await ctx.catalog.getVisible(ref, credentials);
      if (!entity) {
        throw new NotFoundError(`No entity ${ref}`);
      }

      await ctx.store.writeFacts(
        [{ entityRef: ref, source, facts: facts as Record<string, unknown> }],
        new Date(),
      );
      await ctx.service.evaluateEntity(entity);
      res.json({ entityRef: ref, source, accepted: Object.keys(facts) });
    },
  );
}
