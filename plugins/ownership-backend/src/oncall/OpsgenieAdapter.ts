import { LoggerService } from '@backstage/backend-plugin-api';
import {
  OnCallAnswer,
  OPSGENIE_TEAM_ANNOTATION,
} from '@cairn/plugin-ownership-common';
import { callProvider, settleOnCall } from './http';
import { OnCallAdapter, OnCallQuery } from './types';

interface OpsgenieSchedules {
  data?: Array<{
    id: string;
    name?: string;
    enabled?: boolean;
    ownerTeam?: { name?: string };
  }>;
}

interface OpsgenieOnCalls {
  data?: {
    onCallParticipants?: Array<{ name?: string; type?: string }>;
  };
}

/**
 * On call from Opsgenie: the `opsgenie.com/team` annotation (on the entity,
 * else on its owner group) to that team's schedules to their participants.
 */
export class OpsgenieAdapter implements OnCallAdapter {
  private constructor(
    private readonly settings: { apiKey: string; baseUrl: string } | undefined,
    private readonly logger: LoggerService,
  ) {}

  static create(
    settings: { apiKey: string; baseUrl: string } | undefined,
    logger: LoggerService,
  ): OpsgenieAdapter {
    return new OpsgenieAdapter(settings, logger.child({ onCall: 'opsgenie' }));
  }

  async lookup({ entity, owner }: OnCallQuery): Promise<OnCallAnswer> {
    const team = (
      entity.metadata.annotations?.[OPSGENIE_TEAM_ANNOTATION] ??
      owner?.metadata.annotations?.[OPSGENIE_TEAM_ANNOTATION]
    )?.trim();
    if (!this.settings) {
      return answer('not_configured', 'Opsgenie is not configured');
    }
    if (!team) {
      return answer(
        'not_applicable',
        `No ${OPSGENIE_TEAM_ANNOTATION} annotation on this entity or its owner`,
      );
    }

    const { apiKey, baseUrl } = this.settings;
    const headers = { Authorization: `GenieKey ${apiKey}` };
    return settleOnCall('opsgenie', async () => {
      const schedules = await callProvider<OpsgenieSchedules>(
        'Opsgenie',
        `${baseUrl}/v2/schedules`,
        headers,
        this.logger,
      );
      const own = (schedules.data ?? []).filter(
        s =>
          s.enabled !== false &&
          s.ownerTeam?.name?.toLowerCase() === team.toLowerCase(),
      );
      if (own.length === 0) {
        return { reason: `Opsgenie team ${team} has no enabled schedule` };
      }

      const people: OnCallAnswer['people'] = [];
      for (const schedule of own) {
        const oncalls = await callProvider<OpsgenieOnCalls>(
          'Opsgenie',
          `${baseUrl}/v2/schedules/${encodeURIComponent(schedule.id)}/on-calls`,
          headers,
          this.logger,
        );
        for (const p of oncalls.data?.onCallParticipants ?? []) {
          if (p.name) {
            people.push({
              name: p.name,
              email: p.type === 'user' ? p.name : undefined,
              schedule: schedule.name,
            });
          }
        }
      }
      return people;
    });
  }
}

function answer(status: OnCallAnswer['status'], reason: string): OnCallAnswer {
  return { provider: 'opsgenie', status, reason, people: [] };
}
