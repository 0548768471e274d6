import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { MarkdownContent } from '@backstage/core-components';
import {
  CheckSummary,
  EntityCheckResult,
  Exemption,
} from '@cairn/plugin-scorecards-common';
import Accordion from '@material-ui/core/Accordion';
import AccordionDetails from '@material-ui/core/AccordionDetails';
import AccordionSummary from '@material-ui/core/AccordionSummary';
import Box from '@material-ui/core/Box';
import { makeStyles } from '@material-ui/core/styles';
import Typography from '@material-ui/core/Typography';
import ExpandMoreIcon from '@material-ui/icons/ExpandMore';
import { formatDate, formatDateTime } from '../../lib/format';
import {
  CheckStateIndicator,
  useCheckStateLabel,
} from '../CheckStateIndicator';
import {
  ExemptionRequestButton,
  ExemptionRevokeButton,
} from '../ExemptionRequest';
import { scorecardsTranslationRef } from '../../translation';

const useStyles = makeStyles(
  theme => ({
    summary: {
      display: 'flex',
      alignItems: 'center',
      gap: theme.spacing(2),
      width: '100%',
    },
    state: {
      minWidth: theme.spacing(16),
    },
    title: {
      flexGrow: 1,
    },
    details: {
      display: 'flex',
      flexDirection: 'column',
      gap: theme.spacing(1.5),
    },
    exemption: {
      borderLeft: `4px solid ${theme.palette.info.main}`,
      paddingLeft: theme.spacing(1.5),
    },
  }),
  { name: 'PluginScorecardsCheckResultItem' },
);

/** Props of {@link CheckResultItem}. */
export interface CheckResultItemProps {
  entityRef: string;
  scorecardId: string;
  check: CheckSummary;
  result: EntityCheckResult;
  onExemptionCreated: (exemption: Exemption) => void;
  onExemptionRevoked: (exemption: Exemption) => void;
}

function ExemptionDetails(props: {
  exemption: Exemption;
  checkTitle: string;
  onRevoked: (exemption: Exemption) => void;
}) {
  const { exemption } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(scorecardsTranslationRef);
  return (
    <Box
      className={classes.exemption}
      role="note"
      aria-label={t('check.exemptionDetails')}
    >
      <Typography variant="subtitle2">
        {t('check.exemptUntil', { date: formatDate(exemption.expiresAt) })}
      </Typography>
      <Typography variant="body2">{exemption.reason}</Typography>
      <Typography variant="caption" color="textSecondary">
        {t('check.grantedBy', {
          user: exemption.createdBy,
          date: formatDate(exemption.createdAt),
        })}
      </Typography>
      <div>
        <ExemptionRevokeButton
          exemption={exemption}
          checkTitle={props.checkTitle}
          onRevoked={props.onRevoked}
        />
      </div>
    </Box>
  );
}

/**
 * One check of a scorecard: its state in the summary; what it checks, why
 * it matters, how to fix it and any exemption in the details. Failing checks
 * start expanded so the fix is the first thing a developer reads.
 */
export function CheckResultItem(props: CheckResultItemProps) {
  const { entityRef, scorecardId, check, result } = props;
  const classes = useStyles();
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const stateLabel = useCheckStateLabel();
  const failing = result.state === 'fail' && !result.exemption;
  const headingId = `scorecards-check-${scorecardId}-${check.id}`;

  return (
    <Accordion
      defaultExpanded={failing}
      TransitionProps={{ unmountOnExit: true }}
    >
      <AccordionSummary
        expandIcon={<ExpandMoreIcon />}
        aria-controls={`${headingId}-details`}
        id={headingId}
        // The status icon's text is not read out; name the state here.
        aria-label={`${stateLabel(result.state, !!result.exemption)}: ${
          check.title
        }`}
      >
        <div className={classes.summary}>
          <span className={classes.state}>
            <CheckStateIndicator
              state={result.state}
              exempt={!!result.exemption}
            />
          </span>
          <Typography className={classes.title}>{check.title}</Typography>
          {result.message && (
            <Typography variant="body2" color="textSecondary">
              {result.message}
            </Typography>
          )}
        </div>
      </AccordionSummary>
      <AccordionDetails className={classes.details}>
        {check.description && (
          <Typography variant="body2">{check.description}</Typography>
        )}
        {check.why && (
          <section aria-label={t('check.whyItMatters')}>
            <Typography variant="subtitle2">
              {t('check.whyItMatters')}
            </Typography>
            <MarkdownContent content={check.why} />
          </section>
        )}
        {check.howToFix && (
          <section aria-label={t('check.howToFix')}>
            <Typography variant="subtitle2">{t('check.howToFix')}</Typography>
            <MarkdownContent content={check.howToFix} />
          </section>
        )}
        {result.exemption && (
          <ExemptionDetails
            exemption={result.exemption}
            checkTitle={check.title}
            onRevoked={props.onExemptionRevoked}
          />
        )}
        <Typography variant="caption" color="textSecondary">
          {t('check.weight', {
            weight: String(check.weight),
            time: formatDateTime(result.evaluatedAt),
          })}
        </Typography>
        {failing && (
          <div>
            <ExemptionRequestButton
              entityRef={entityRef}
              scorecardId={scorecardId}
              checkId={check.id}
              checkTitle={check.title}
              onCreated={props.onExemptionCreated}
            />
          </div>
        )}
      </AccordionDetails>
    </Accordion>
  );
}
