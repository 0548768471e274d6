export { OwnershipReportTable } from './OwnershipReportTable';
