import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import { CheckResultState } from '@cairn/plugin-scorecards-common';

/** The label shown for each result state. */
export const CHECK_STATE_LABELS: Record<CheckResultState, string> = {
  pass: 'Pass',
  fail: 'Fail',
  warn: 'Warning',
  not_applicable: 'Not applicable',
  unknown: 'Unknown',
};

/** The label of a result: its state, or "Exempt" under an exemption. */
export function checkStateLabel(
  state: CheckResultState,
  exempt?: boolean,
): string {
  return exempt ? 'Exempt' : CHECK_STATE_LABELS[state] ?? state;
}

/**
 * Props of {@link CheckStateIndicator}.
 *
 * @public
 */
export interface CheckStateIndicatorProps {
  state: CheckResultState;
  /** An active exemption makes a check count as passing. */
  exempt?: boolean;
}

/**
 * The state of a check as a Backstage status indicator with its label.
 *
 * @public
 */
export function CheckStateIndicator(props: CheckStateIndicatorProps) {
  const { state, exempt } = props;

  const label = checkStateLabel(state, exempt);
  if (exempt) {
    return <StatusOK>{label}</StatusOK>;
  }
  switch (state) {
    case 'pass':
      return <StatusOK>{label}</StatusOK>;
    case 'fail':
      return <StatusError>{label}</StatusError>;
    case 'warn':
      return <StatusWarning>{label}</StatusWarning>;
    case 'not_applicable':
      return <StatusAborted>{label}</StatusAborted>;
    default:
      return <StatusPending>{label}</StatusPending>;
  }
}
