import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import { Link, ResponseErrorPanel } from '@backstage/core-components';
import { useApi } from '@backstage/core-plugin-api';
import { parseEntityRef } from '@backstage/catalog-model';
import {
  RollupEntitiesQuery,
  RollupScorecard,
  toCsv,
} from '@cairn/plugin-scorecards-common';
import Button from '@material-ui/core/Button';
import FormControl from '@material-ui/core/FormControl';
import InputLabel from '@material-ui/core/InputLabel';
import LinearProgress from '@material-ui/core/LinearProgress';
import MenuItem from '@material-ui/core/MenuItem';
import Select from '@material-ui/core/Select';
import { makeStyles } from '@material-ui/core/styles';
import Table from '@material-ui/core/Table';
import TableBody from '@material-ui/core/TableBody';
import TableCell from '@material-ui/core/TableCell';
import TableHead from '@material-ui/core/TableHead';
import TablePagination from '@material-ui/core/TablePagination';
import TableRow from '@material-ui/core/TableRow';
import TableSortLabel from '@material-ui/core/TableSortLabel';
import TextField from '@material-ui/core/TextField';
import GetAppIcon from '@material-ui/icons/GetApp';
import { useState } from 'react';
import useAsync from 'react-use/esm/useAsync';
import useAsyncFn from 'react-use/esm/useAsyncFn';
import useDebounce from 'react-use/esm/useDebounce';
import { scorecardsApiRef } from '../../api';
import { downloadCsv } from '../../lib/csv';
import { formatScore } from '../../lib/format';
import { useEntityTabLink } from '../../lib/useEntityTabLink';
import { LevelChip } from '../LevelChip';

const useStyles = makeStyles(
  theme => ({
    toolbar: {
      display: 'flex',
      flexWrap: 'wrap',
      alignItems: 'flex-end',
      gap: theme.spacing(2),
      marginBottom: theme.spacing(1),
    },
    spacer: { flexGrow: 1 },
    level: { minWidth: theme.spacing(20) },
  }),
  { name: 'PluginScorecardsRollupEntitiesTable' },
);

/** The most rows a CSV download reads. */
const CSV_ROW_LIMIT = 10_000;

/** Props of {@link RollupEntitiesTable}. */
export interface RollupEntitiesTableProps {
  targetRef: string;
  scorecard: RollupScorecard;
  tabPath?: string;
}

type Order = Required<Pick<RollupEntitiesQuery, 'orderBy' | 'order'>>;

function SortableHeaderCell(props: {
  column: Order['orderBy'];
  order: Order;
  onSort: (column: Order['orderBy']) => void;
  label: string;
  align?: 'right';
}) {
  const { column, order, label } = props;
  const active = order.orderBy === column;
  return (
    <TableCell align={props.align} sortDirection={active ? order.order : false}>
      <TableSortLabel
        active={active}
        direction={active ? order.order : 'asc'}
        onClick={() => props.onSort(column)}
      >
        {label}
      </TableSortLabel>
    </TableCell>
  );
}

function entityName(entityRef: string): string {
  return parseEntityRef(entityRef).name;
}

/**
 * The entities of a roll-up for one scorecard: filterable by text and
 * level, sortable by name and score, paged on the server, each linking to
 * the entity's scorecards tab, and downloadable as CSV as filtered.
 */
export function RollupEntitiesTable(props: RollupEntitiesTableProps) {
  const { targetRef, scorecard, tabPath } = props;
  const classes = useStyles();
  const api = useApi(scorecardsApiRef);
  const tabLink = useEntityTabLink(tabPath);
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const [text, setText] = useState('');
  const [q, setQ] = useState('');
  const [level, setLevel] = useState('');
  const [order, setOrder] = useState<Order>({ orderBy: 'score', order: 'asc' });
  const [page, setPage] = useState(0);
  const [rowsPerPage, setRowsPerPage] = useState(20);
  useDebounce(
    () => {
      setQ(text.trim());
      setPage(0);
    },
    300,
    [text],
  );

  const checkTitles = new Map(
    scorecard.mostFailingChecks.map(c => [c.checkId, c.title]),
  );
  const query: RollupEntitiesQuery = {
    scorecardId: scorecard.scorecardId,
    q: q || undefined,
    level: level || undefined,
    ...order,
  };
  const queryKey = JSON.stringify(query);

  const { value, loading, error } = useAsync(
    () =>
      api.getRollupEntities(targetRef, {
        ...query,
        offset: page * rowsPerPage,
        limit: rowsPerPage,
      }),
    [api, targetRef, queryKey, page, rowsPerPage],
  );

  const [csvState, downloadAll] = useAsyncFn(async () => {
    const all = await api.getRollupEntities(targetRef, {
      ...query,
      offset: 0,
      limit: CSV_ROW_LIMIT,
    });
    const csv = toCsv([
      ['entity', 'title', 'kind', 'owner', 'score', 'level', 'failing checks'],
      ...all.items.map(e => [
        e.entityRef,
        e.title,
        e.kind,
        e.ownerRef,
        Math.round(e.score),
        e.level?.title,
        e.failingChecks.map(id => checkTitles.get(id) ?? id).join('; '),
      ]),
    ]);
    const target = parseEntityRef(targetRef).name;
    downloadCsv(`scorecards-${target}-${scorecard.scorecardId}.csv`, csv);
  }, [api, targetRef, queryKey]);

  const sortBy = (orderBy: Order['orderBy']) => {
    setOrder(prev => ({
      orderBy,
      order: prev.orderBy === orderBy && prev.order === 'asc' ? 'desc' : 'asc',
    }));
    setPage(0);
  };

  return (
    <section aria-label={t('table.region', { title: scorecard.title })}>
      <div className={classes.toolbar}>
        <TextField
          id="scorecards-entities-filter"
          label={t('table.filter')}
          value={text}
          onChange={e => setText(e.target.value)}
          placeholder={t('table.filterPlaceholder')}
        />
        <FormControl className={classes.level}>
          <InputLabel id="scorecards-level-filter-label">
            {t('table.level')}
          </InputLabel>
          <Select
            labelId="scorecards-level-filter-label"
            value={level}
            onChange={e => {
              setLevel(String(e.target.value));
              setPage(0);
            }}
          >
            <MenuItem value="">{t('table.allLevels')}</MenuItem>
            {scorecard.levels.map(l => (
              <MenuItem key={l.id} value={l.id}>
                {l.title}
              </MenuItem>
            ))}
            <MenuItem value="none">{t('table.noLevel')}</MenuItem>
          </Select>
        </FormControl>
        <span className={classes.spacer} />
        <Button
          startIcon={<GetAppIcon />}
          onClick={downloadAll}
          disabled={csvState.loading || !value?.totalCount}
        >
          {t('table.download')}
        </Button>
      </div>
      {csvState.error && <ResponseErrorPanel error={csvState.error} />}
      {error && <ResponseErrorPanel error={error} />}
      {loading && <LinearProgress aria-label={t('table.loading')} />}
      <Table
        size="small"
        aria-label={t('table.ariaLabel', { title: scorecard.title })}
      >
        <TableHead>
          <TableRow>
            <SortableHeaderCell
              column="name"
              order={order}
              onSort={sortBy}
              label={t('table.entity')}
            />
            <TableCell>{t('table.kind')}</TableCell>
            <TableCell>{t('table.owner')}</TableCell>
            <SortableHeaderCell
              column="score"
              order={order}
              onSort={sortBy}
              label={t('table.score')}
              align="right"
            />
            <TableCell>{t('table.level')}</TableCell>
            <TableCell>{t('table.failingChecks')}</TableCell>
          </TableRow>
        </TableHead>
        <TableBody>
          {value?.items.map(e => (
            <TableRow key={e.entityRef}>
              <TableCell>
                <Link to={tabLink(e.entityRef)}>
                  {e.title ?? entityName(e.entityRef)}
                </Link>
              </TableCell>
              <TableCell>{e.kind}</TableCell>
              <TableCell>{e.ownerRef ? entityName(e.ownerRef) : ''}</TableCell>
              <TableCell align="right">{formatScore(e.score)}</TableCell>
              <TableCell>
                <LevelChip level={e.level} levels={scorecard.levels} />
              </TableCell>
              <TableCell>
                {e.failingChecks
                  .map(id => checkTitles.get(id) ?? id)
                  .join(', ')}
              </TableCell>
            </TableRow>
          ))}
          {value && value.items.length === 0 && (
            <TableRow>
              <TableCell colSpan={6}>{t('table.noMatch')}</TableCell>
            </TableRow>
          )}
        </TableBody>
      </Table>
      <TablePagination
        component="div"
        count={value?.totalCount ?? 0}
        page={page}
        rowsPerPage={rowsPerPage}
        rowsPerPageOptions={[10, 20, 50, 100]}
        onPageChange={(_, p) => setPage(p)}
        onRowsPerPageChange={e => {
          setRowsPerPage(Number(e.target.value));
          setPage(0);
        }}
      />
    </section>
  );
}
