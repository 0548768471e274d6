import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { configApiRef, useApi } from '@backstage/core-plugin-api';
import { Exemption } from '@cairn/plugin-scorecards-common';
import Button from '@material-ui/core/Button';
import Dialog from '@material-ui/core/Dialog';
import DialogActions from '@material-ui/core/DialogActions';
import DialogContent from '@material-ui/core/DialogContent';
import DialogContentText from '@material-ui/core/DialogContentText';
import DialogTitle from '@material-ui/core/DialogTitle';
import TextField from '@material-ui/core/TextField';
import Alert from '@material-ui/lab/Alert';
import { FormEvent, useState } from 'react';
import { scorecardsApiRef } from '../../api';
import { scorecardsTranslationRef } from '../../translation';

/** Days an exemption lasts unless the requester picks another expiry. */
const DEFAULT_EXEMPTION_DAYS = 30;

/** The backend's default for `scorecards.exemptions.maxDays`. */
const DEFAULT_MAX_DAYS = 90;

/**
 * Props of {@link ExemptionRequestDialog}.
 *
 * @public
 */
export interface ExemptionRequestDialogProps {
  open: boolean;
  entityRef: string;
  scorecardId: string;
  checkId: string;
  checkTitle: string;
  onClose: () => void;
  onCreated: (exemption: Exemption) => void;
  /** Today, injectable for tests; defaults to the current date. */
  now?: Date;
}

function addDays(date: Date, days: number): string {
  const copy = new Date(date.getTime());
  copy.setUTCDate(copy.getUTCDate() + days);
  return copy.toISOString().slice(0, 10);
}

/**
 * A dialog asking for the reason and expiry of an exemption, then creating
 * it through the scorecards API.
 *
 * @public
 */
export function ExemptionRequestDialog(props: ExemptionRequestDialogProps) {
  const { open, entityRef, scorecardId, checkId, checkTitle } = props;
  const now = props.now ?? new Date();
  const api = useApi(scorecardsApiRef);
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const maxDays =
    useApi(configApiRef).getOptionalNumber('scorecards.exemptions.maxDays') ??
    DEFAULT_MAX_DAYS;
  const tomorrow = addDays(now, 1);
  const latest = addDays(now, maxDays);
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState(
    addDays(now, Math.min(DEFAULT_EXEMPTION_DAYS, maxDays)),
  );
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();

  const reasonMissing = reason.trim() === '';
  // ISO dates compare correctly as strings.
  const expiryInvalid =
    !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn) ||
    expiresOn < tomorrow ||
    expiresOn > latest;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (reasonMissing || expiryInvalid) {
      return;
    }

    setSubmitting(true);
    setError(undefined);
    try {
      const exemption = await api.createExemption({
        entityRef,
        scorecardId,
        checkId,
        reason: reason.trim(),
        // The exemption holds through the whole of the chosen day.
        expiresAt: `${expiresOn}T23:59:59.000Z`,
      });
      props.onCreated(exemption);
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    } finally {
      setSubmitting(false);
    }
  };

  return (
    <Dialog
      open={open}
      onClose={props.onClose}
      aria-labelledby="scorecards-exemption-dialog-title"
      fullWidth
      maxWidth="sm"
    >
      <form onSubmit={submit} noValidate>
        <DialogTitle id="scorecards-exemption-dialog-title">
          {t('exemption.dialogTitle', { title: checkTitle })}
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            {t('exemption.dialogText', { entityRef })}
          </DialogContentText>
          {error && (
            <Alert severity="error" role="alert">
              {t('exemption.error', { message: error })}
            </Alert>
          )}
          <TextField
            id="scorecards-exemption-reason"
            label={t('exemption.reason')}
            value={reason}
            onChange={e => setReason(e.target.value)}
            required
            multiline
            minRows={3}
            fullWidth
            margin="normal"
            error={reason !== '' && reasonMissing}
            helperText={t('exemption.reasonHelp')}
          />
          <TextField
            id="scorecards-exemption-expires-on"
            label={t('exemption.expiresOn')}
            type="date"
            value={expiresOn}
            onChange={e => setExpiresOn(e.target.value)}
            required
            fullWidth
            margin="normal"
            InputLabelProps={{ shrink: true }}
            inputProps={{ min: tomorrow, max: latest }}
            error={expiryInvalid}
            helperText={
              expiryInvalid
                ? t('exemption.expiryInvalid', { from: tomorrow, to: latest })
                : t('exemption.expiryHelp')
            }
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose} disabled={submitting}>
            {t('exemption.cancel')}
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={submitting || reasonMissing || expiryInvalid}
          >
            {submitting ? t('exemption.submitting') : t('exemption.submit')}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
