export { ExemptionRequestButton } from './ExemptionRequestButton';
export type { ExemptionRequestButtonProps } from './ExemptionRequestButton';
export { ExemptionRequestDialog } from './ExemptionRequestDialog';
export type { ExemptionRequestDialogProps } from './ExemptionRequestDialog';
