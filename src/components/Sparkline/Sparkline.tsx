/* eslint-disable @rushstack/no-new-null -- the report spells a period without a value `null` (SPEC §6). */
import * as React from 'react';

export interface ISparklineProps {
  /** The values in order; `null` for a period with none (the line breaks there). */
  values: ReadonlyArray<number | null>;
  /** The values in words, for screen readers ("Values: 10.4, 9.8, no value"). */
  label: string;
  /** A line colour from the theme (semanticColors.bodyText, palette.themePrimary). */
  color: string;
  width?: number;
  height?: number;
}

/** A small line of a measure's values across the year: an image whose text alternative lists them. */
export function Sparkline({ values, label, color, width = 64, height = 20 }: ISparklineProps): JSX.Element {
  const numbers = values.filter((value): value is number => value !== null);
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  const step = values.length > 1 ? (width - 4) / (values.length - 1) : 0;
  const y = (value: number): number => (high === low ? height / 2 : height - 2 - ((value - low) / (high - low)) * (height - 4));
  const points = values.map((value, index) => (value === null ? undefined : { x: 2 + index * step, y: y(value) }));
  // A run of consecutive values is one line; a gap starts another.
  const runs: string[] = [];
  let run: string[] = [];
  points.forEach((point) => {
    if (point) run.push(`${point.x.toFixed(1)},${point.y.toFixed(1)}`);
    else if (run.length) { runs.push(run.join(' ')); run = []; }
  });
  if (run.length) runs.push(run.join(' '));
  return (
    <svg role="img" aria-label={label} width={width} height={height} viewBox={`0 0 ${width} ${height}`} focusable="false">
      <title>{label}</title>
      {runs.map((line) => <polyline key={line} points={line} fill="none" stroke={color} strokeWidth={1.5} />)}
      {points.map((point, index) => point && <circle key={index} cx={point.x} cy={point.y} r={2} fill={color} />)}
    </svg>
  );
}
