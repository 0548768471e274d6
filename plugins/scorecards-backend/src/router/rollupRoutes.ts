import { InputError, NotFoundError } from '@backstage/errors';
import {
  RollupEntity,
  RollupTargetKind,
  toCsv,
} from '@cairn/plugin-scorecards-common';
import { Request, Router } from 'express';
import { isoDay, RollupFilter } from '../database';
import { RouterContext } from './context';
import {
  entityRefFromParams,
  queryEnum,
  queryInt,
  queryString,
  scorecardParam,
} from './params';

const TARGET_KINDS: RollupTargetKind[] = ['group', 'system', 'domain'];
const DAY_MS = 24 * 60 * 60 * 1000;

/** Roll-ups, drill-down, roll-up history, CSV export and the leaderboard. */
export function addRollupRoutes(router: Router, ctx: RouterContext) {
  // Resolves the target after checking the caller may read it.
  async function target(
    req: Request,
  ): Promise<{ targetRef: string; filter: RollupFilter }> {
    const kind = req.params.targetKind.toLocaleLowerCase(
      'en-US',
    ) as RollupTargetKind;
    if (!TARGET_KINDS.includes(kind)) {
      throw new InputError(
        `targetKind must be one of ${TARGET_KINDS.join(', ')}`,
      );
    }
    const targetRef = entityRefFromParams({ ...req.params, kind });
    const credentials = await ctx.httpAuth.credentials(req);
    if (!(await ctx.catalog.getVisible(targetRef, credentials))) {
      throw new NotFoundError(`No entity ${targetRef}`);
    }
    return { targetRef, filter: await ctx.rollups.filterFor(kind, targetRef) };
  }

  router.get('/rollups/:targetKind/:namespace/:name', async (req, res) => {
    const { targetRef, filter } = await target(req);
    res.json(await ctx.rollups.getRollup(targetRef, filter));
  });

  router.get(
    '/rollups/:targetKind/:namespace/:name/entities',
    async (req, res) => {
      const scorecard = scorecardParam(req, ctx.service, true);
      const level = queryString(req, 'level');
      if (
        level &&
        level !== 'none' &&
        !scorecard.levels.some(l => l.id === level)
      ) {
        throw new InputError(`Query parameter level: unknown level "${level}"`);
      }
      const q = queryString(req, 'q');
      if (q && q.length > 200) {
        throw new InputError('Query parameter q is longer than 200 characters');
      }
      const options = {
        scorecardId: scorecard.id,
        level,
        q,
        orderBy: queryEnum(req, 'orderBy', ['score', 'name'] as const, 'score'),
        order: queryEnum(req, 'order', ['asc', 'desc'] as const, 'asc'),
        offset: queryInt(req, 'offset', {
          min: 0,
          max: 1_000_000,
          fallback: 0,
        }),
        limit: queryInt(req, 'limit', { min: 1, max: 500, fallback: 25 }),
      };
      const { filter } = await target(req);
      const credentials = await ctx.httpAuth.credentials(req);

      // Visibility is decided over the whole roll-up before paging, so the
      // page stays full and the total counts only what the caller may read.
      const refs = await ctx.store.getRollupEntityRefs(filter, scorecard.id);
      const visible = await ctx.catalog.filterVisible(refs, credentials);
      const { rows, totalCount } = await ctx.store.listRollupEntities(filter, {
        ...options,
        hiddenRefs: refs.filter(ref => !visible.has(ref)),
      });
      const items: RollupEntity[] = rows.map(r => ({
        entityRef: r.entityRef,
        title: r.title,
        kind: r.kind,
        ownerRef: r.ownerRef,
        score: r.score,
        level: scorecard.levels.find(l => l.id === r.levelId),
        failingChecks: r.failing,
      }));
      res.json({ items, totalCount });
    },
  );

  router.get(
    '/rollups/:targetKind/:namespace/:name/history',
    async (req, res) => {
      const scorecard = scorecardParam(req, ctx.service, true);
      const days = queryInt(req, 'days', {
        min: 1,
        max: ctx.settings.retentionDays,
        fallback: Math.min(30, ctx.settings.retentionDays),
      });
      const { filter } = await target(req);
      const since = isoDay(new Date(Date.now() - days * DAY_MS));
      res.json({
        points: await ctx.rollups.getHistory(scorecard, filter, since),
      });
    },
  );

  router.get(
    '/rollups/:targetKind/:namespace/:name/export.csv',
    async (req, res) => {
      const scorecard = scorecardParam(req, ctx.service, false);
      const { targetRef, filter } = await target(req);
      const credentials = await ctx.httpAuth.credentials(req);
      const rows = await ctx.store.getRollupRows(filter, scorecard?.id);
      const visible = await ctx.catalog.filterVisible(
        [...new Set(rows.map(r => r.entityRef))],
        credentials,
      );

      const lines: Array<Array<string | number | undefined>> = [
        [
          'entityRef',
          'title',
          'kind',
          'ownerRef',
          'scorecard',
          'score',
          'level',
          'failingChecks',
        ],
      ];
      for (const row of rows.sort((a, b) =>
        a.entityRef.localeCompare(b.entityRef),
      )) {
        if (!visible.has(row.entityRef)) {
          continue;
        }
        const levelTitle = ctx.service
          .getScorecard(row.scorecardId)
          ?.levels.find(l => l.id === row.levelId)?.title;
        lines.push([
          row.entityRef,
          row.title,
          row.kind,
          row.ownerRef,
          row.scorecardId,
          row.score,
          levelTitle,
          row.failing.join(' '),
        ]);
      }
      const fileName = `scorecards-${targetRef.replace(
        /[^a-z0-9-]+/g,
        '-',
      )}.csv`;
      res
        .status(200)
        .type('text/csv')
        .set('Content-Disposition', `attachment; filename="${fileName}"`)
        .send(toCsv(lines));
    },
  );

  router.get('/leaderboard', async (req, res) => {
    const scorecard = scorecardParam(req, ctx.service, true);
    const groupType = queryString(req, 'groupType');
    const credentials = await ctx.httpAuth.credentials(req);
    const entries = await ctx.rollups.getLeaderboard(
      scorecard,
      groupType || undefined,
    );
    // Groups come from the plugin's own view; show only those the caller may read.
    const visible = await ctx.catalog.filterVisible(
      entries.map(e => e.groupRef),
      credentials,
    );
    res.json({ items: entries.filter(e => visible.has(e.groupRef)) });
  });
}
