import { useTranslationRef } from '@backstage/frontend-plugin-api';
import { scorecardsTranslationRef } from '../../translation';
import { useApi } from '@backstage/core-plugin-api';
import { stringifyEntityRef } from '@backstage/catalog-model';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import { makeStyles } from '@material-ui/core/styles';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';

/** A group, system or domain to roll up. */
export interface RollupTarget {
  ref: string;
  kind: string;
  title: string;
}

const KIND_ORDER = ['Group', 'System', 'Domain'];

const useStyles = makeStyles(
  theme => ({
    root: {
      minWidth: theme.spacing(40),
    },
  }),
  { name: 'PluginScorecardsTargetPicker' },
);

/** Props of {@link TargetPicker}. */
export interface TargetPickerProps {
  value?: string;
  onChange: (ref: string) => void;
}

/**
 * Picks the group, system or domain to roll up, reading the choices from
 * the catalog with only the fields it shows.
 */
export function TargetPicker(props: TargetPickerProps) {
  const classes = useStyles();
  const { t } = useTranslationRef(scorecardsTranslationRef);
  const catalogApi = useApi(catalogApiRef);
  const { value: options = [], loading } = useAsync(async () => {
    const { items } = await catalogApi.getEntities({
      filter: { kind: KIND_ORDER },
      fields: ['kind', 'metadata.name', 'metadata.namespace', 'metadata.title'],
    });
    return items
      .map(
        (e): RollupTarget => ({
          ref: stringifyEntityRef(e),
          kind: e.kind,
          title: e.metadata.title ?? e.metadata.name,
        }),
      )
      .sort(
        (a, b) =>
          KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) ||
          a.title.localeCompare(b.title),
      );
  }, [catalogApi]);

  const selected =
    options.find(o => o.ref === props.value) ??
    (props.value ? { ref: props.value, kind: '', title: props.value } : null);

  return (
    <Autocomplete
      id="scorecards-target-picker"
      options={options}
      loading={loading}
      value={selected}
      groupBy={o => o.kind}
      getOptionLabel={o => o.title}
      getOptionSelected={(o, v) => o.ref === v.ref}
      onChange={(_, v) => v && props.onChange(v.ref)}
      disableClearable={!!selected}
      className={classes.root}
      renderInput={params => (
        <TextField
          {...params}
          label={t('page.picker')}
          variant="outlined"
          size="small"
        />
      )}
    />
  );
}
