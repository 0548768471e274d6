import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import {
  OwnershipReportItem,
  StalenessFlagType,
} from '@cairn/plugin-ownership-common';
import Chip from '@material-ui/core/Chip';
import MenuItem from '@material-ui/core/MenuItem';
import TextField from '@material-ui/core/TextField';
import { makeStyles } from '@material-ui/core/styles';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { ownershipApiRef } from '../../api';
import { entityColumn, PAGE_SIZE, PagedTable } from '../PagedTable';

const KINDS = ['', 'Component', 'API', 'Resource', 'System', 'Domain'];

/** Labels for each staleness flag. */
export const FLAG_LABELS: Record<StalenessFlagType, string> = {
  no_owner: 'No owner',
  placeholder_owner: 'Placeholder owner',
  dangling_owner: 'Owner does not exist',
  owner_group_without_members: 'Owner has no members',
  owner_user_without_group: 'Owner user in no group',
  not_confirmed: 'Not confirmed',
  confirmation_expired: 'Confirmation expired',
};

const useStyles = makeStyles(
  theme => ({
    chip: { marginRight: theme.spacing(1), marginBottom: theme.spacing(1) },
    filter: { minWidth: 200, marginBottom: theme.spacing(2) },
  }),
  { name: 'PluginOwnershipReportTable' },
);

const columns: TableColumn<OwnershipReportItem>[] = [
  entityColumn('Entity (open to fix)'),
  { title: 'Kind', field: 'kind' },
  {
    title: 'Current owner',
    render: item =>
      item.ownerRef ? <EntityRefLink entityRef={item.ownerRef} /> : 'None',
  },
  {
    title: 'Problems',
    render: item => item.flags.map(f => f.message).join('; '),
  },
];

/**
 * The orphan and stale-ownership report with counts and a paged list.
 *
 * @public
 */
export function OwnershipReportTable() {
  const classes = useStyles();
  const api = useApi(ownershipApiRef);
  const [kind, setKind] = useState('');
  const [page, setPage] = useState(0);

  const { value, loading, error } = useAsync(
    () =>
      api.getReport({
        kind: kind || undefined,
        offset: page * PAGE_SIZE,
        limit: PAGE_SIZE,
      }),
    [api, kind, page],
  );

  let body;
  if (loading) {
    body = <Progress />;
  } else if (error) {
    body = <ResponseErrorPanel error={error} />;
  } else if (value && value.totalCount === 0) {
    body = <EmptyState missing="data" title="No orphaned or stale ownership" />;
  } else if (value) {
    body = (
      <>
        <div aria-label="Problem counts">
          {Object.entries(value.counts).map(([type, count]) => (
            <Chip
              key={type}
              className={classes.chip}
              label={`${
                FLAG_LABELS[type as StalenessFlagType] ?? type
              }: ${count}`}
            />
          ))}
        </div>
        <PagedTable
          title={`${value.totalCount} entities need ownership attention`}
          columns={columns}
          items={value.items}
          totalCount={value.totalCount}
          page={page}
          onPageChange={setPage}
        />
      </>
    );
  }

  return (
    <>
      <TextField
        select
        label="Kind"
        value={kind}
        className={classes.filter}
        onChange={e => {
          setKind(e.target.value);
          setPage(0);
        }}
      >
        {KINDS.map(k => (
          <MenuItem key={k} value={k}>
            {k || 'All kinds'}
          </MenuItem>
        ))}
      </TextField>
      {body}
    </>
  );
}
