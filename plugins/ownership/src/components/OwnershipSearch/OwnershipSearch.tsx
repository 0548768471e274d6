import {
  EmptyState,
  Link,
  Progress,
  ResponseErrorPanel,
  Table,
  TableColumn,
} from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import { OwnershipSearchItem } from '@cairn/plugin-ownership-common';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useDebounce from 'react-use/esm/useDebounce';
import { ownershipApiRef } from '../../api';
import { entityColumn } from '../PagedTable';
import { describeProvenance } from '../ProvenanceLabel';

const columns: TableColumn<OwnershipSearchItem>[] = [
  entityColumn(),
  { title: 'Kind', field: 'kind' },
  {
    title: 'Supported by',
    render: item =>
      item.owner ? (
        <>
          <EntityRefLink entityRef={item.owner.ref} title={item.owner.title} />
          <Typography variant="caption" display="block" color="textSecondary">
            {describeProvenance(item.provenance)}
          </Typography>
        </>
      ) : (
        'Nobody'
      ),
  },
  {
    title: 'Contact',
    render: item => (
      <>
        {item.owner?.email && (
          <Link to={`mailto:${item.owner.email}`}>{item.owner.email}</Link>
        )}
        {item.owner?.chatUrl && (
          <Typography variant="body2">
            <Link to={item.owner.chatUrl}>Chat channel</Link>
          </Typography>
        )}
      </>
    ),
  },
  { title: 'Matched on', field: 'matchedOn' },
];

/**
 * The "Who supports...?" search: matching entities with their owner and
 * contact inline.
 *
 * @public
 */
export function OwnershipSearch() {
  const api = useApi(ownershipApiRef);
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  useDebounce(() => setQuery(text.trim()), 250, [text]);

  const { value, loading, error } = useAsync(
    async () => (query ? api.search(query, { limit: 20 }) : undefined),
    [api, query],
  );

  let results;
  if (loading) {
    results = <Progress />;
  } else if (error) {
    results = <ResponseErrorPanel error={error} />;
  } else if (value && value.items.length === 0) {
    results = (
      <EmptyState
        missing="data"
        title={`Nothing matches "${query}"`}
        description="Search by name, title, tag, repository slug or PagerDuty service id."
      />
    );
  } else if (value) {
    results = (
      <Table
        title={`Who supports "${query}"`}
        options={{ search: false, paging: false, toolbar: true }}
        columns={columns}
        data={value.items}
      />
    );
  }

  return (
    <>
      <TextField
        fullWidth
        variant="outlined"
        label="Who supports...?"
        placeholder="Component, repository, PagerDuty service, tag..."
        value={text}
        onChange={e => setText(e.target.value)}
        inputProps={{ 'aria-label': 'Who supports...?' }}
      />
      {results}
    </>
  );
}
