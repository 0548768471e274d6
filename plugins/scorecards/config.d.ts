export interface Config {
  scorecards?: {
    exemptions?: {
      /**
       * Longest allowed exemption, in days (default 90). The backend
       * enforces it; the exemption dialog caps its date picker with it.
       * @visibility frontend
       */
      maxDays?: number;
    };
  };
}
