import { useTranslationRef } from '@backstage/frontend-plugin-api';
import {
  StatusAborted,
  StatusError,
  StatusOK,
  StatusPending,
  StatusWarning,
} from '@backstage/core-components';
import { CheckResultState } from '@cairn/plugin-scorecards-common';
import { scorecardsTranslationRef } from '../../translation';

const STATE_KEYS = {
  pass: 'states.pass',
  fail: 'states.fail',
  warn: 'states.warn',
  not_applicable: 'states.notApplicable',
  unknown: 'states.unknown',
} as const;

/**
 * Returns a function that labels a result: its state, or "Exempt" under an
 * exemption.
 */
export function useCheckStateLabel(): (
  state: CheckResultState,
  exempt?: boolean,
) => string {
  const { t } = useTranslationRef(scorecardsTranslationRef);
  return (state, exempt) => {
    if (exempt) {
      return t('states.exempt');
    }
    return state in STATE_KEYS ? t(STATE_KEYS[state]) : state;
  };
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

  const label = useCheckStateLabel()(state, exempt);
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
