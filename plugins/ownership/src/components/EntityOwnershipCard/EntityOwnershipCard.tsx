import {
  InfoCard,
  Link,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { getCompoundEntityRef } from '@backstage/catalog-model';
import { EntityRefLink, useEntity } from '@backstage/plugin-catalog-react';
import { ResponseError } from '@backstage/errors';
import { EntityOwnership, OnCallAnswer } from '@cairn/plugin-ownership-common';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import Alert from '@material-ui/lab/Alert';
import useAsync from 'react-use/esm/useAsync';
import { ownershipApiRef } from '../../api';
import { describeProvenance } from '../ProvenanceLabel';

/**
 * Props of {@link EntityOwnershipCard}.
 *
 * @public
 */
export interface EntityOwnershipCardProps {
  /** Card variant, as for other entity cards. */
  variant?: 'gridItem' | 'fullHeight';
}

const OWNER_KINDS = ['group', 'user'];

const useStyles = makeStyles(
  theme => ({
    section: { marginTop: theme.spacing(2) },
    list: { margin: 0, paddingLeft: theme.spacing(2.5) },
    warning: { marginTop: theme.spacing(1) },
  }),
  { name: 'PluginOwnershipEntityOwnershipCard' },
);

function OnCallList({ answers }: { answers: OnCallAnswer[] }) {
  const classes = useStyles();
  const relevant = answers.filter(a => a.status !== 'not_configured');
  if (relevant.length === 0) {
    return (
      <Typography variant="body2" color="textSecondary">
        No on-call provider is configured.
      </Typography>
    );
  }
  return (
    <ul className={classes.list}>
      {relevant.map(answer => (
        <li key={answer.provider}>
          <Typography variant="body2" component="span">
            {answer.provider === 'pagerduty' ? 'PagerDuty' : 'Opsgenie'}:{' '}
            {answer.people.length > 0
              ? answer.people
                  .map(p => (p.level ? `${p.name} (level ${p.level})` : p.name))
                  .join(', ')
              : answer.reason}
          </Typography>
        </li>
      ))}
    </ul>
  );
}

function OwnershipDetails({ data }: { data: EntityOwnership }) {
  const classes = useStyles();
  const { owner, contacts, chain } = data;
  const email = owner?.email ?? contacts?.email;

  return (
    <>
      {owner ? (
        <>
          <Typography variant="h6">
            <EntityRefLink entityRef={owner.ref} title={owner.title} />
          </Typography>
          <Typography variant="body2" color="textSecondary">
            {describeProvenance(data.provenance)}
          </Typography>
        </>
      ) : (
        <Typography variant="body1">
          {OWNER_KINDS.includes(data.kind.toLowerCase())
            ? `A ${data.kind.toLowerCase()} owns entities rather than being owned; here is how to reach it.`
            : `Nobody owns this ${data.kind.toLowerCase()}.`}
        </Typography>
      )}

      {(email || contacts?.chatLinks.length) && (
        <div className={classes.section}>
          <Typography variant="subtitle2">Contact</Typography>
          {email && (
            <Typography variant="body2">
              <Link to={`mailto:${email}`}>{email}</Link>
            </Typography>
          )}
          {contacts?.chatLinks.map(link => (
            <Typography variant="body2" key={link.url}>
              <Link to={link.url}>{link.title ?? 'Chat channel'}</Link>
            </Typography>
          ))}
          {contacts && contacts.leads.length > 0 && (
            <Typography variant="body2">
              Team leads:{' '}
              {contacts.leads.map((lead, i) => (
                <span key={lead.ref}>
                  {i > 0 && ', '}
                  <EntityRefLink entityRef={lead.ref} title={lead.title} />
                </span>
              ))}
            </Typography>
          )}
        </div>
      )}

      <div className={classes.section}>
        <Typography variant="subtitle2">On call now</Typography>
        <OnCallList answers={data.onCall} />
      </div>

      {chain.steps.length > 0 && (
        <div className={classes.section}>
          <Typography variant="subtitle2">Escalation chain</Typography>
          <ol className={classes.list} aria-label="Escalation chain">
            {chain.steps.map(step => (
              <li key={step.ref}>
                <Typography variant="body2" component="span">
                  <EntityRefLink entityRef={step.ref} title={step.title} />
                  {step.email && (
                    <>
                      {' '}
                      <Link to={`mailto:${step.email}`}>{step.email}</Link>
                    </>
                  )}
                </Typography>
              </li>
            ))}
          </ol>
          {chain.truncated && (
            <Typography variant="caption" color="textSecondary">
              The chain stops here: the group hierarchy{' '}
              {chain.reason === 'cycle' ? 'loops' : 'is too deep'}.
            </Typography>
          )}
        </div>
      )}

      {data.staleness.map(flag => (
        <Alert severity="warning" key={flag.type} className={classes.warning}>
          {flag.message}
        </Alert>
      ))}

      <Typography
        variant="caption"
        color="textSecondary"
        component="p"
        className={classes.section}
      >
        From the catalog as of {data.index.ageSeconds} s ago
        {data.confirmedAt && ` · ownership confirmed ${data.confirmedAt}`}
      </Typography>
    </>
  );
}

/**
 * Who owns and supports the current entity, and how to reach them: owner
 * with provenance, contacts, on-call, escalation chain and staleness.
 *
 * @public
 */
export function EntityOwnershipCard(props: EntityOwnershipCardProps) {
  const { entity } = useEntity();
  const api = useApi(ownershipApiRef);
  const ref = getCompoundEntityRef(entity);
  const { value, loading, error } = useAsync(
    () => api.getEntityOwnership(ref),
    [api, ref.kind, ref.namespace, ref.name],
  );

  let content;
  if (loading) {
    content = <Progress />;
  } else if (error instanceof ResponseError && error.statusCode === 404) {
    content = (
      <Typography variant="body2" color="textSecondary">
        This entity is not in the ownership index yet; it is refreshed every few
        minutes.
      </Typography>
    );
  } else if (error) {
    content = <ResponseErrorPanel error={error} />;
  } else if (value) {
    content = <OwnershipDetails data={value} />;
  }

  return (
    <InfoCard title="Ownership" variant={props.variant}>
      {content}
    </InfoCard>
  );
}
