/**
 * Formats an ISO time as `YYYY-MM-DD HH:mm UTC`, the same for every reader
 * whatever their locale, so screenshots and tests stay stable.
 */
export function formatDateTime(iso: string | undefined): string {
  if (!iso) {
    return 'never';
  }
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) {
    return iso;
  }
  return `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** Formats an ISO time as its date, `YYYY-MM-DD`. */
export function formatDate(iso: string | undefined): string {
  if (!iso) {
    return '';
  }
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? iso : date.toISOString().slice(0, 10);
}

/** Rounds a 0..100 score for display. */
export function formatScore(score: number): string {
  return String(Math.round(score));
}
