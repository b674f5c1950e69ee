import * as React from 'react';
import { Trend } from '../../domain/model';

const ARROWS: Record<'improving' | 'worsening' | 'unchanged' | 'none', string> = { improving: '↑', worsening: '↓', unchanged: '↔', none: '–' };

export interface ITrendArrowProps {
  trend: Trend;
  /** The trend in words (Improving, Worsening, Unchanged, No trend): the arrow is never the only signal. */
  label: string;
  className?: string;
}

/**
 * A measure's trend (SPEC §4.3) as an arrow with its words for screen readers and on hover. The
 * arrow's direction is the judgement (↑ improving, whatever the polarity), not the value's.
 */
export function TrendArrow({ trend, label, className }: ITrendArrowProps): JSX.Element {
  return (
    <span className={className} title={label}>
      <span aria-hidden="true">{ARROWS[trend || 'none']}</span>
      <span style={{ position: 'absolute', width: 1, height: 1, overflow: 'hidden', clip: 'rect(0 0 0 0)', whiteSpace: 'nowrap' }}>{label}</span>
    </span>
  );
}
