export { StatusBadge } from './StatusBadge';
export type { BadgeTone, IStatusBadgeProps } from './StatusBadge';
