import { LoggerService } from '@backstage/backend-plugin-api';
import {
  OnCallAnswer,
  PAGERDUTY_SERVICE_ANNOTATION,
} from '@cairn/plugin-ownership-common';
import { callProvider, settleOnCall } from './http';
import { OnCallAdapter, OnCallQuery } from './types';

interface PagerDutyService {
  service?: { escalation_policy?: { id?: string; summary?: string } };
}

interface PagerDutyOnCalls {
  oncalls?: Array<{
    escalation_level?: number;
    user?: { summary?: string; email?: string; html_url?: string };
    schedule?: { summary?: string } | null;
  }>;
}

/**
 * On call from PagerDuty: the entity's `pagerduty.com/service-id` to the
 * service's escalation policy to the users on call for it.
 */
export class PagerDutyAdapter implements OnCallAdapter {
  private constructor(
    private readonly settings:
      | { apiToken: string; baseUrl: string }
      | undefined,
    private readonly logger: LoggerService,
  ) {}

  static create(
    settings: { apiToken: string; baseUrl: string } | undefined,
    logger: LoggerService,
  ): PagerDutyAdapter {
    return new PagerDutyAdapter(
      settings,
      logger.child({ onCall: 'pagerduty' }),
    );
  }

  async lookup({ entity }: OnCallQuery): Promise<OnCallAnswer> {
    const serviceId =
      entity.metadata.annotations?.[PAGERDUTY_SERVICE_ANNOTATION]?.trim();
    if (!this.settings) {
      return answer('not_configured', 'PagerDuty is not configured');
    }
    if (!serviceId) {
      return answer(
        'not_applicable',
        `No ${PAGERDUTY_SERVICE_ANNOTATION} annotation on this entity`,
      );
    }

    const { apiToken, baseUrl } = this.settings;
    const headers = {
      Accept: 'application/vnd.pagerduty+json;version=2',
      Authorization: `Token token=${apiToken}`,
    };
    return settleOnCall('pagerduty', async () => {
      const service = await callProvider<PagerDutyService>(
        'PagerDuty',
        `${baseUrl}/services/${encodeURIComponent(serviceId)}`,
        headers,
        this.logger,
      );
      const policy = service.service?.escalation_policy;
      if (!policy?.id) {
        return { reason: 'The PagerDuty service has no escalation policy' };
      }

      const params = new URLSearchParams();
      params.append('escalation_policy_ids[]', policy.id);
      params.append('include[]', 'users');
      const oncalls = await callProvider<PagerDutyOnCalls>(
        'PagerDuty',
        `${baseUrl}/oncalls?${params}`,
        headers,
        this.logger,
      );
      return (oncalls.oncalls ?? [])
        .filter(o => o.user?.summary)
        .map(o => ({
          name: o.user!.summary!,
          email: o.user?.email,
          url: o.user?.html_url,
          level: o.escalation_level,
          schedule: o.schedule?.summary ?? policy.summary,
        }))
        .sort((a, b) => (a.level ?? 0) - (b.level ?? 0));
    });
  }
}

function answer(status: OnCallAnswer['status'], reason: string): OnCallAnswer {
  return { provider: 'pagerduty', status, reason, people: [] };
}
