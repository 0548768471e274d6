import {
  Content,
  ContentHeader,
  Header,
  Page,
} from '@backstage/core-components';
import Grid from '@material-ui/core/Grid';
import { OwnershipReportTable } from '../OwnershipReportTable';
import { OwnershipSearch } from '../OwnershipSearch';
import { TeamOwnership } from '../TeamOwnership';

/**
 * The ownership page: "Who supports...?" search, team view and the orphan
 * and stale-ownership report.
 *
 * @public
 */
export function OwnershipPage() {
  return (
    <Page themeId="tool">
      <Header
        title="Who supports...?"
        subtitle="Find the team behind any component, API or resource, and how to reach them"
      />
      <Content>
        <Grid container spacing={3} direction="column">
          <Grid item>
            <OwnershipSearch />
          </Grid>
          <Grid item>
            <ContentHeader title="What a team owns" />
            <TeamOwnership />
          </Grid>
          <Grid item>
            <ContentHeader title="Orphaned and stale ownership" />
            <OwnershipReportTable />
          </Grid>
        </Grid>
      </Content>
    </Page>
  );
}
