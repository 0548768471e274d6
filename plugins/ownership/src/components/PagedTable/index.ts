export { entityColumn, PagedTable, PAGE_SIZE } from './PagedTable';
