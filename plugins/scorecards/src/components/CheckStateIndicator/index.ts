export { CheckStateIndicator, useCheckStateLabel } from './CheckStateIndicator';
export type { CheckStateIndicatorProps } from './CheckStateIndicator';
