export { describeProvenance } from './ProvenanceLabel';
