import {
  EmptyState,
  Progress,
  ResponseErrorPanel,
  TableColumn,
} from '@backstage/core-components';
import { identityApiRef, useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import { catalogApiRef, EntityRefLink } from '@backstage/plugin-catalog-react';
import { ResponseError } from '@backstage/errors';
import { OwnedEntity } from '@cairn/plugin-ownership-common';
import Checkbox from '@material-ui/core/Checkbox';
import FormControlLabel from '@material-ui/core/FormControlLabel';
import TextField from '@material-ui/core/TextField';
import Typography from '@material-ui/core/Typography';
import Autocomplete from '@material-ui/lab/Autocomplete';
import { useEffect, useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import { ownershipApiRef } from '../../api';
import { entityColumn, PAGE_SIZE, PagedTable } from '../PagedTable';
import { describeProvenance } from '../ProvenanceLabel';

const columns: TableColumn<OwnedEntity>[] = [
  entityColumn(),
  { title: 'Kind', field: 'kind' },
  {
    title: 'Owned by',
    render: item =>
      item.ownerRef ? <EntityRefLink entityRef={item.ownerRef} /> : '',
  },
  { title: 'Provenance', render: item => describeProvenance(item.provenance) },
];

/**
 * What a group owns, directly or through its descendant groups, answered by
 * one request.
 *
 * @public
 */
export function TeamOwnership() {
  const api = useApi(ownershipApiRef);
  const catalogApi = useApi(catalogApiRef);
  const identityApi = useApi(identityApiRef);
  const [group, setGroup] = useState<string | null>(null);
  const [transitive, setTransitive] = useState(true);
  const [page, setPage] = useState(0);

  const groups = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: 'group' },
      fields: ['kind', 'metadata.name', 'metadata.namespace'],
    });
    return items
      .map(g => `group:${g.metadata.namespace ?? 'default'}/${g.metadata.name}`)
      .sort();
  }, [catalogApi]);

  useEffect(() => {
    identityApi.getBackstageIdentity().then(identity => {
      const own = identity.ownershipEntityRefs.find(r =>
        r.startsWith('group:'),
      );
      setGroup(current => current ?? own ?? null);
    });
  }, [identityApi]);

  const owned = useAsync(async () => {
    if (!group) return undefined;
    const { namespace, name } = parseEntityRef(group);
    return api.getGroupOwned(
      { namespace, name },
      { transitive, offset: page * PAGE_SIZE, limit: PAGE_SIZE },
    );
  }, [api, group, transitive, page]);

  let body;
  if (!group) {
    body = (
      <EmptyState missing="field" title="Choose a team to see what it owns" />
    );
  } else if (owned.loading) {
    body = <Progress />;
  } else if (
    owned.error instanceof ResponseError &&
    owned.error.statusCode === 404
  ) {
    body = (
      <EmptyState
        missing="data"
        title={`No group ${group}`}
        description="It is not in the catalog, not indexed yet, or not visible to you."
      />
    );
  } else if (owned.error) {
    body = <ResponseErrorPanel error={owned.error} />;
  } else if (owned.value && owned.value.totalCount === 0) {
    body = <EmptyState missing="data" title={`${group} owns nothing`} />;
  } else if (owned.value) {
    const v = owned.value;
    body = (
      <>
        <PagedTable
          title={`Owned by ${group}${
            v.transitive ? ` and ${v.groupCount - 1} groups below it` : ''
          }`}
          columns={columns}
          items={v.items}
          totalCount={v.totalCount}
          page={page}
          onPageChange={setPage}
        />
        {v.truncated && (
          <Typography variant="caption" color="textSecondary">
            The group hierarchy is deeper than the configured limit; the deepest
            groups are left out.
          </Typography>
        )}
      </>
    );
  }

  return (
    <>
      <Autocomplete
        options={groups.value ?? []}
        value={group}
        loading={groups.loading}
        onChange={(_e, value) => {
          setGroup(value);
          setPage(0);
        }}
        renderInput={params => (
          <TextField {...params} label="Team" variant="outlined" />
        )}
      />
      <FormControlLabel
        control={
          <Checkbox
            checked={transitive}
            onChange={e => {
              setTransitive(e.target.checked);
              setPage(0);
            }}
          />
        }
        label="Include groups below it"
      />
      {body}
    </>
  );
}
