import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  scorecards?: {
    collectors?: {
      /** The repository files collector. */
      repository?: {
        /** When it runs. Default every 6 hours. */
        schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
        /** Most file reads started per minute, across all entities. Default 600. */
        requestsPerMinute?: number;
        /** Most reads in flight at once. Default 4. */
        concurrency?: number;
      };
    };
  };
}
