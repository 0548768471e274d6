import { useApi } from '@backstage/core-plugin-api';
import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { usePermission } from '@backstage/plugin-permission-react';
import {
  Exemption,
  scorecardsExemptionCreatePermission,
} from '@cairn/plugin-scorecards-common';
import Button from '@material-ui/core/Button';
import Alert from '@material-ui/lab/Alert';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import { scorecardsApiRef } from '../../api';
import { scorecardsTranslationRef } from '../../translation';

/**
 * Props of {@link ExemptionRevokeButton}.
 *
 * @public
 */
export interface ExemptionRevokeButtonProps {
  exemption: Exemption;
  checkTitle: string;
  onRevoked: (exemption: Exemption) => void;
}

/**
 * Revokes an exemption, for users allowed to manage exemptions (the same
 * permission as creating one); renders nothing for everyone else.
 *
 * @public
 */
export function ExemptionRevokeButton(props: ExemptionRevokeButtonProps) {
  const { exemption, checkTitle, onRevoked } = props;
  const api = useApi(scorecardsApiRef);
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const { allowed } = usePermission({
    permission: scorecardsExemptionCreatePermission,
  });
  const [state, revoke] = useAsyncFn(async () => {
    await api.deleteExemption(exemption.id);
    onRevoked(exemption);
  }, [api, exemption, onRevoked]);

  if (!allowed) {
    return null;
  }

  return (
    <>
      {state.error && (
        <Alert severity="error" role="alert">
          {t('exemption.revokeError', { message: state.error.message })}
        </Alert>
      )}
      <Button
        size="small"
        variant="outlined"
        onClick={revoke}
        disabled={state.loading}
        aria-label={t('exemption.revokeAriaLabel', { title: checkTitle })}
      >
        {t('exemption.revoke')}
      </Button>
    </>
  );
}
