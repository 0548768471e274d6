import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import {
  Content,
  ContentHeader,
  EmptyState,
  Header,
  Page,
  Progress,
} from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { EntityDisplayName } from '@backstage/plugin-catalog-react';
import Chip from '@material-ui/core/Chip';
import Typography from '@material-ui/core/Typography';
import { makeStyles } from '@material-ui/core/styles';
import { useSearchParams } from 'react-router-dom';
import useAsync from 'react-use/esm/useAsync';
import { ScorecardsRollup } from '../ScorecardsRollup';
import { TargetPicker } from './TargetPicker';

const useStyles = makeStyles(
  theme => ({
    pickers: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'center',
      gap: theme.spacing(1),
      marginBottom: theme.spacing(3),
    },
  }),
  { name: 'PluginScorecardsPage' },
);

/**
 * Props of {@link ScorecardsPage}.
 *
 * @public
 */
export interface ScorecardsPageProps {
  /** The page header's title. Defaults to `Scorecards`. */
  title?: string;
  /** The page header's subtitle. */
  subtitle?: string;
  /** Path of the scorecards tab on entity pages, for drill-down links. */
  tabPath?: string;
}

/**
 * The managers' page: pick a group (by default your own), a system or a
 * domain and see how its entities stand. The choice is kept in the URL
 * (`?target=group:default/team-checkout`) so it can be shared.
 *
 * @public
 */
export function ScorecardsPage(props: ScorecardsPageProps) {
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const {
    title = t('page.title'),
    subtitle = t('page.subtitle'),
    tabPath,
  } = props;
  const classes = useStyles();
  const identityApi = useApi(identityApiRef);
  const [searchParams, setSearchParams] = useSearchParams();
  const { value: myGroups, loading } = useAsync(async () => {
    const { ownershipEntityRefs } = await identityApi.getBackstageIdentity();
    return ownershipEntityRefs.filter(
      ref => parseEntityRef(ref).kind.toLocaleLowerCase('en-US') === 'group',
    );
  }, [identityApi]);

  const target = searchParams.get('target') ?? myGroups?.[0];
  const choose = (ref: string) => setSearchParams({ target: ref });

  let body: JSX.Element;
  if (!target && loading) {
    body = <Progress />;
  } else if (!target) {
    body = (
      <EmptyState
        missing="field"
        title={t('page.pickTitle')}
        description={t('page.pickDescription')}
      />
    );
  } else {
    body = (
      <ScorecardsRollup key={target} targetRef={target} tabPath={tabPath} />
    );
  }

  return (
    <Page themeId="tool">
      <Header title={title} subtitle={subtitle} />
      <Content>
        <ContentHeader
          titleComponent={
            <Typography variant="h4" component="h2">
              {target ? (
                <EntityDisplayName entityRef={target} hideIcon />
              ) : (
                t('page.rollup')
              )}
            </Typography>
          }
        />
        <div className={classes.pickers}>
          <TargetPicker value={target} onChange={choose} />
          {myGroups && myGroups.length > 0 && (
            <nav aria-label={t('page.yourGroups')}>
              {myGroups.map(ref => (
                <Chip
                  key={ref}
                  label={parseEntityRef(ref).name}
                  clickable
                  color={ref === target ? 'primary' : 'default'}
                  onClick={() => choose(ref)}
                />
              ))}
            </nav>
          )}
        </div>
        {body}
      </Content>
    </Page>
  );
}
