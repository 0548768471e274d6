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
import { ScorecardResultCard } from './ScorecardResultCard';

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
      <ResponseErrorPanel error={error} title="Could not load scorecards" />
    );
  }
  if (!value || value.scorecards.length === 0) {
    return (
      <EmptyState
        missing="data"
        title="No scorecard applies to this entity"
        description="Scorecards select the entities they measure; none of them selects this one."
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
                message: `Exemption created until ${exemption.expiresAt.slice(
                  0,
                  10,
                )}`,
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
