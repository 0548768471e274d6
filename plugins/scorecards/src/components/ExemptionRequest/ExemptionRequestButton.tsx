import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { Exemption } from '@cairn/plugin-scorecards-common';
import { scorecardsExemptionCreatePermission } from '@cairn/plugin-scorecards-common';
import { usePermission } from '@backstage/plugin-permission-react';
import Button from '@material-ui/core/Button';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import { ExemptionRequestDialog } from './ExemptionRequestDialog';
import { scorecardsTranslationRef } from '../../translation';

/**
 * Props of {@link ExemptionRequestButton}.
 *
 * @public
 */
export interface ExemptionRequestButtonProps {
  entityRef: string;
  scorecardId: string;
  checkId: string;
  checkTitle: string;
  onCreated: (exemption: Exemption) => void;
}

/**
 * Opens the exemption dialog for a failing check, for users allowed to
 * create exemptions; tells everyone else why they cannot.
 *
 * @public
 */
export function ExemptionRequestButton(props: ExemptionRequestButtonProps) {
  const { entityRef, scorecardId, checkId, checkTitle } = props;
  const { allowed, loading } = usePermission({
    permission: scorecardsExemptionCreatePermission,
  });
  const [open, setOpen] = useState(false);
  const { t } = useTranslationRef(scorecardsTranslationRef);

  if (loading) {
    return (
      <Button size="small" variant="outlined" disabled>
        {t('exemption.button')}
      </Button>
    );
  }

  if (!allowed) {
    return (
      <Typography variant="body2" color="textSecondary">
        {t('exemption.denied', {
          permission: <code>{scorecardsExemptionCreatePermission.name}</code>,
        })}
      </Typography>
    );
  }

  return (
    <>
      <Button
        size="small"
        variant="outlined"
        color="primary"
        onClick={() => setOpen(true)}
        aria-label={t('exemption.buttonAriaLabel', { title: checkTitle })}
      >
        {t('exemption.button')}
      </Button>
      {open && (
        <ExemptionRequestDialog
          open
          entityRef={entityRef}
          scorecardId={scorecardId}
          checkId={checkId}
          checkTitle={checkTitle}
          onClose={() => setOpen(false)}
          onCreated={exemption => {
            setOpen(false);
            props.onCreated(exemption);
          }}
        />
      )}
    </>
  );
}
