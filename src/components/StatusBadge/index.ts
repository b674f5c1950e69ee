export { StatusBadge, BadgeTone, IStatusBadgeProps } from './StatusBadge';
