import * as React from 'react';
import { mergeStyleSets } from '@fluentui/react/lib/Styling';

export type BadgeTone = 'Blue' | 'Green' | 'Amber' | 'Red' | 'Grey';

/** Colours chosen for at least 4.5:1 contrast with their text (WCAG 2.2 AA). */
export const BADGE_TONES: Record<BadgeTone, { background: string; color: string }> = {
  Blue: { background: '#005a9e', color: '#ffffff' },
  Green: { background: '#0b6a0b', color: '#ffffff' },
  Amber: { background: '#ffb900', color: '#201f1e' },
  Red: { background: '#a4262c', color: '#ffffff' },
  Grey: { background: '#605e5c', color: '#ffffff' }
};

const classes = mergeStyleSets({
  badge: {
    display: 'inline-block',
    padding: '2px 8px',
    borderRadius: 2,
    fontSize: 12,
    fontWeight: 600,
    lineHeight: '18px',
    whiteSpace: 'nowrap',
    // Windows high contrast mode drops backgrounds: a border keeps the badge visible.
    border: '1px solid transparent'
  }
});

export interface IStatusBadgeProps {
  tone: BadgeTone;
  /** The words: colour is never the only signal. */
  label: string;
}

/** A BRAG/RAG status as a coloured label with its words. */
export function StatusBadge({ tone, label }: IStatusBadgeProps): JSX.Element {
  return <span className={classes.badge} style={BADGE_TONES[tone]}>{label}</span>;
}
