export {
  CheckStateIndicator,
  CHECK_STATE_LABELS,
  checkStateLabel,
} from './CheckStateIndicator';
export type { CheckStateIndicatorProps } from './CheckStateIndicator';
