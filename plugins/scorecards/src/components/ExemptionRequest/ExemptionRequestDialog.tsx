import { useApi } from '@backstage/core-plugin-api';
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

/** Days an exemption lasts unless the requester picks another expiry. */
const DEFAULT_EXEMPTION_DAYS = 30;

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
  const tomorrow = addDays(now, 1);
  const [reason, setReason] = useState('');
  const [expiresOn, setExpiresOn] = useState(
    addDays(now, DEFAULT_EXEMPTION_DAYS),
  );
  const [submitting, setSubmitting] = useState(false);
  const [error, setError] = useState<string>();

  const reasonMissing = reason.trim() === '';
  const expiryInvalid =
    !/^\d{4}-\d{2}-\d{2}$/.test(expiresOn) || expiresOn < tomorrow;

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
          Request an exemption for “{checkTitle}”
        </DialogTitle>
        <DialogContent>
          <DialogContentText>
            While the exemption lasts, this check counts as passing for{' '}
            {entityRef}. Say why it cannot pass yet and until when.
          </DialogContentText>
          {error && (
            <Alert severity="error" role="alert">
              Could not create the exemption: {error}
            </Alert>
          )}
          <TextField
            id="scorecards-exemption-reason"
            label="Reason"
            value={reason}
            onChange={e => setReason(e.target.value)}
            required
            multiline
            minRows={3}
            fullWidth
            margin="normal"
            error={reason !== '' && reasonMissing}
            helperText="Visible to everyone who reads this scorecard."
          />
          <TextField
            id="scorecards-exemption-expires-on"
            label="Expires on"
            type="date"
            value={expiresOn}
            onChange={e => setExpiresOn(e.target.value)}
            required
            fullWidth
            margin="normal"
            InputLabelProps={{ shrink: true }}
            inputProps={{ min: tomorrow }}
            error={expiryInvalid}
            helperText={
              expiryInvalid
                ? `Pick a date from ${tomorrow} on.`
                : 'The check is evaluated normally again after this day.'
            }
          />
        </DialogContent>
        <DialogActions>
          <Button onClick={props.onClose} disabled={submitting}>
            Cancel
          </Button>
          <Button
            type="submit"
            color="primary"
            variant="contained"
            disabled={submitting || reasonMissing || expiryInvalid}
          >
            {submitting ? 'Requesting…' : 'Request exemption'}
          </Button>
        </DialogActions>
      </form>
    </Dialog>
  );
}
