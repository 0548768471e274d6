import { SchedulerServiceTaskScheduleDefinitionConfig } from '@backstage/backend-plugin-api';

export interface Config {
  /** Configuration for the Cairn scorecards backend. */
  scorecards?: {
    /**
     * Scorecard definitions written inline. Each has an id, title, levels
     * and checks; see the plugin README for the format.
     */
    definitions?: Array<{ [key: string]: unknown }>;
    /**
     * YAML files with scorecard definitions, relative to the backend's
     * working directory. Each YAML document is one scorecard (or a list).
     */
    definitionFiles?: string[];
    /**
     * When the global evaluation task runs. Default every 30 minutes, with
     * a 15 minute timeout and a 10 second initial delay.
     */
    schedule?: SchedulerServiceTaskScheduleDefinitionConfig;
    /** Entities read from the catalog per page. Default 1000. */
    pageSize?: number;
    /** Days of history and daily snapshots kept. Default 180. */
    retentionDays?: number;
    /** Days of daily scores returned as an entity's trend. Default 90. */
    trendDays?: number;
    exemptions?: {
      /** Longest allowed exemption, in days. Default 90. */
      maxDays?: number;
    };
    /**
     * Fact sources that CI systems may push to through `POST /facts`,
     * each with its declared facts. Rules read them as
     * `facts.<source id>.<fact name>`.
     */
    pushSources?: Array<{
      /** Source id, distinct from collector ids. */
      id: string;
      /** Declared facts by name. */
      facts: {
        [name: string]: {
          type: 'boolean' | 'number' | 'string' | 'string[]' | 'object';
          description?: string;
        };
      };
    }>;
    /** Largest accepted `POST /facts` body, in bytes. Default 65536. */
    maxFactPayloadBytes?: number;
  };

  /** Shared with the ownership plugin: how roll-ups resolve owners. */
  ownership?: {
    /**
     * Owners that mean "nobody", matched on the owner name or full ref.
     */
    placeholderOwners?: string[];
    /** Entity ref of the owner used when nothing else resolves. */
    fallbackOwner?: string;
  };
}
