export interface Config {
  scorecards?: {
    collectors?: {
      /** The catalog metadata collector. */
      catalog?: {
        /**
         * When it runs, in the scheduler's config form. Default every 30
         * minutes.
         */
        schedule?: import('@backstage/backend-plugin-api').SchedulerServiceTaskScheduleDefinitionConfig;
      };
    };
  };
}
