export { BADGE_TONES, StatusBadge } from './StatusBadge';
export type { BadgeTone, IStatusBadgeProps } from './StatusBadge';
