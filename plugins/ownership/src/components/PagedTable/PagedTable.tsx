import { Table, TableColumn } from '@backstage/core-components';
import { EntityRefLink } from '@backstage/plugin-catalog-react';
import TablePagination from '@material-ui/core/TablePagination';

/** Rows per page of the paged ownership tables. */
export const PAGE_SIZE = 25;

/**
 * A column linking to the row's entity.
 *
 * @param title - The column title.
 */
export function entityColumn<T extends { entityRef: string; title?: string }>(
  title = 'Entity',
): TableColumn<T> {
  return {
    title,
    render: item => (
      <EntityRefLink entityRef={item.entityRef} title={item.title} />
    ),
  };
}

/** Props of {@link PagedTable}. */
export interface PagedTableProps<T extends object> {
  title: string;
  columns: TableColumn<T>[];
  items: T[];
  totalCount: number;
  page: number;
  onPageChange: (page: number) => void;
}

/** A table showing one server-side page, with page controls below it. */
export function PagedTable<T extends object>(props: PagedTableProps<T>) {
  return (
    <>
      <Table
        title={props.title}
        options={{ search: false, paging: false }}
        columns={props.columns}
        data={props.items}
      />
      <TablePagination
        component="div"
        count={props.totalCount}
        page={props.page}
        rowsPerPage={PAGE_SIZE}
        rowsPerPageOptions={[PAGE_SIZE]}
        onPageChange={(_e, p) => props.onPageChange(p)}
      />
    </>
  );
}
