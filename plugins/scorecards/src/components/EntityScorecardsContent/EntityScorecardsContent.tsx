import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
} from '@backstage/core-components';
import { alertApiRef, useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { useEntity } from '@backstage/plugin-catalog-react';
import Grid from '@material-ui/core/Grid';
import useAsyncRetry from 'react-use/esm/useAsyncRetry';
import { scorecardsApiRef } from '../../api';
import { formatDate } from '../../lib/format';
import { ScorecardResultCard } from './ScorecardResultCard';

// TODO(cairn): the tab does not show the check result history
// (GET /entities/:kind/:namespace/:name/history); add it below each card.

/**
 * The scorecards tab of an entity page: every scorecard that applies to the
 * entity, with its checks, why they matter and how to fix them. Reads
 * everything in one request.
 *
 * @public
 */
export function EntityScorecardsContent() {
  const { entity } = useEntity();
  const api = useApi(scorecardsApiRef);
  const alertApi = useApi(alertApiRef);
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const entityRef = stringifyEntityRef(entity);
  const { value, loading, error, retry } = useAsyncRetry(
    () => api.getEntityScorecards(entityRef),
    [api, entityRef],
  );

  if (loading && !value) {
    return <Progress />;
  }
  if (error) {
    return (
      <ResponseErrorPanel error={error} title={t('entityContent.loadError')} />
    );
  }
  if (!value || value.scorecards.length === 0) {
    return (
      <EmptyState
        missing="data"
        title={t('entityContent.emptyTitle')}
        description={t('entityContent.emptyDescription')}
      />
    );
  }

  return (
    <Grid container spacing={3} direction="column">
      {value.scorecards.map(result => (
        <Grid item key={result.scorecard.id}>
          <ScorecardResultCard
            entityRef={entityRef}
            result={result}
            onExemptionCreated={exemption => {
              alertApi.post({
                message: t('entityContent.exemptionCreated', {
                  date: formatDate(exemption.expiresAt),
                }),
                severity: 'success',
                display: 'transient',
              });
              retry();
            }}
            onExemptionRevoked={() => {
              alertApi.post({
                message: t('entityContent.exemptionRevoked'),
                severity: 'success',
                display: 'transient',
              });
              retry();
            }}
          />
        </Grid>
      ))}
    </Grid>
  );
}
