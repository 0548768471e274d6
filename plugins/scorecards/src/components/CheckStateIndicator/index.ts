export { CheckStateIndicator, CHECK_STATE_LABELS } from './CheckStateIndicator';
export type { CheckStateIndicatorProps } from './CheckStateIndicator';
