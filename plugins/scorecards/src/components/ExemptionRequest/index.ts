export { ExemptionRequestButton } from './ExemptionRequestButton';
export type { ExemptionRequestButtonProps } from './ExemptionRequestButton';
export { ExemptionRequestDialog } from './ExemptionRequestDialog';
export { ExemptionRevokeButton } from './ExemptionRevokeButton';
export type { ExemptionRevokeButtonProps } from './ExemptionRevokeButton';
export type { ExemptionRequestDialogProps } from './ExemptionRequestDialog';
