export interface Config {
  /** Configuration for the Cairn ownership backend. */
  ownership?: {
    /**
     * Owners that mean "nobody owns this", matched on the owner name or the
     * full ref, case-insensitively. Treated exactly like a missing owner.
     * Defaults to none.
     */
    placeholderOwners?: string[];
    /**
     * Entity ref of the owner used when neither the entity, its System nor
     * its Domain has a real owner.
     */
    fallbackOwner?: string;
    /** The in-memory catalog index. */
    index?: {
      /** Seconds between scheduled rebuilds. Default 60. */
      refreshIntervalSeconds?: number;
      /**
       * Oldest index, in seconds, an answer may come from. An older index is
       * rebuilt before answering. Default 300.
       */
      maxAgeSeconds?: number;
      /** Entities requested per catalog page. Default 1000. */
      pageSize?: number;
      /** Deepest group hierarchy walked up or down. Default 32. */
      maxGroupDepth?: number;
    };
    /** When ownership counts as stale. */
    staleness?: {
      /**
       * Days after the `cairn.dev/ownership-confirmed` date that ownership
       * counts as unconfirmed. Default 365.
       */
      confirmationMaxAgeDays?: number;
      /**
       * Whether an entity without the `cairn.dev/ownership-confirmed`
       * annotation is flagged. Default false.
       */
      requireConfirmation?: boolean;
    };
    /** PagerDuty on-call adapter; left out means not configured. */
    pagerDuty?: {
      /**
       * PagerDuty REST API token.
       * @visibility secret
       */
      apiToken: string;
      /** REST API base URL. Default https://api.pagerduty.com */
      baseUrl?: string;
    };
    /** Opsgenie on-call adapter; left out means not configured. */
    opsgenie?: {
      /**
       * Opsgenie API key.
       * @visibility secret
       */
      apiKey: string;
      /** REST API base URL. Default https://api.opsgenie.com */
      baseUrl?: string;
    };
    /** Seconds an on-call answer is reused, to spare rate limits. Default 60. */
    onCallCacheSeconds?: number;
  };
}
