import * as React from 'react';
import { useTheme } from '@fluentui/react/lib/Theme';
import { BADGE_TONES } from '../../../components/StatusBadge';
import { ACTION_BUCKETS, AtAGlance, MEASURE_BUCKETS } from './reportParts';
import { DrillTarget } from './drill';
import { DashboardStrings } from './IDashboardProps';
import { Bucket, bucketLabel, bucketTone, format } from './labels';
import { useClasses } from './styles';

export interface IGlanceChartProps {
  glance: AtAGlance;
  kind: DrillTarget['kind'];
  objective?: string;
  strings: DashboardStrings;
  /** Opens the items behind a part of a bar. */
  onDrill(target: DrillTarget, origin: Element): void;
  /** Unique on the page: the patterns' and caption's ids. */
  id?: string;
  /** The caption; the kind's name when absent. */
  title?: string;
  /** What a bar stands for and how to drill; one bar per objective when absent. */
  hint?: string;
}

/** Relative luminance (WCAG 2.2) of a `#rrggbb` colour; 0.5 for a colour in another form. */
function luminance(color: string): number {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color);
  if (!match) return 0.5;
  const [r, g, b] = match.slice(1).map((hex) => {
    const channel = parseInt(hex, 16) / 255;
    return channel <= 0.03928 ? channel / 12.92 : Math.pow((channel + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** Each status's pattern over its colour, so colour is never the only cue (WCAG 1.4.1); the legend shows both. */
const PATTERNS: Record<Bucket, string> = {
  Blue: 'none', Green: 'diagonal', Amber: 'dots', Red: 'cross', NoUpdate: 'horizontal', NotDue: 'none', Withdrawn: 'vertical', NoTarget: 'vertical', NoData: 'horizontal'
};

function PatternDefs({ id, ink }: { id: string; ink: string }): JSX.Element {
  const shapes: Record<string, JSX.Element> = {
    diagonal: <path d="M-2,2 l4,-4 M0,8 l8,-8 M6,10 l4,-4" stroke={ink} strokeWidth={1.5} />,
    dots: <circle cx={4} cy={4} r={1.6} fill={ink} />,
    cross: <path d="M0,0 L8,8 M8,0 L0,8" stroke={ink} strokeWidth={1.2} />,
    horizontal: <path d="M0,4 H8" stroke={ink} strokeWidth={1.5} />,
    vertical: <path d="M4,0 V8" stroke={ink} strokeWidth={1.5} />
  };
  return (
    <defs>
      {Object.keys(shapes).map((name) => (
        <pattern key={name} id={`${id}-${name}`} width={8} height={8} patternUnits="userSpaceOnUse">{shapes[name]}</pattern>
      ))}
    </defs>
  );
}

/**
 * Stacked bars of status at a glance, one per objective, in BRAG colours with a pattern per
 * status and the count written on each part wide enough to hold it. Plain SVG: 3 KB of our own
 * instead of @fluentui/react-charting (see the commit that chose it). Each part is a button to the
 * items behind it; the table beside it holds the same numbers for screen readers.
 */
export function GlanceChart({ glance, kind, objective, strings, onDrill, ...named }: IGlanceChartProps): JSX.Element {
  const classes = useClasses();
  const theme = useTheme();
  const id = named.id || `dashboard-chart-${kind}`;
  const buckets: readonly Bucket[] = kind === 'actions' ? ACTION_BUCKETS : MEASURE_BUCKETS;
  const neutral: Partial<Record<Bucket, string>> = {
    NoUpdate: theme.palette.neutralSecondary, NotDue: theme.palette.neutralTertiaryAlt, Withdrawn: theme.palette.neutralTertiary,
    NoTarget: theme.palette.neutralTertiary, NoData: theme.palette.neutralSecondary
  };
  const fill = (bucket: Bucket): string => neutral[bucket] || BADGE_TONES[bucketTone(bucket)].background;
  // Words on a part: the badge's own colour on BRAG; on the theme's greys, whichever of the theme's darkest and lightest contrasts more.
  const ink = (bucket: Bucket): string => {
    const grey = neutral[bucket];
    if (!grey) return BADGE_TONES[bucketTone(bucket)].color;
    const [dark, light] = luminance(theme.palette.black) < luminance(theme.palette.white) ? [theme.palette.black, theme.palette.white] : [theme.palette.white, theme.palette.black];
    return luminance(grey) > 0.18 ? dark : light;
  };
  const rows = (objective ? glance.rows.filter((row) => row.objectiveRef === objective) : glance.rows);
  const title = named.title || (kind === 'actions' ? strings.Glance.ActionsChart : strings.Glance.MeasuresChart);

  const activate = (target: DrillTarget): ((event: React.KeyboardEvent<SVGGElement> | React.MouseEvent<SVGGElement>) => void) => (event): void => {
    if ('key' in event && event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    onDrill(target, event.currentTarget);
  };

  return (
    <figure className={classes.section} style={{ margin: 0 }} aria-labelledby={`${id}-title`}>
      <figcaption id={`${id}-title`} className={classes.subheading}>{title}</figcaption>
      <svg width={0} height={0} style={{ position: 'absolute' }} aria-hidden="true" focusable="false">
        <PatternDefs id={id} ink="rgba(0,0,0,0.45)" />
      </svg>
      <ul className={classes.plainList}>
        {rows.map((row) => {
          const counts = row[kind] as unknown as Record<Bucket | 'total', number>;
          const percents = row.percent[kind] as unknown as Record<Bucket, number>;
          const parts = buckets.filter((bucket) => counts[bucket] > 0);
          const summary = parts.map((bucket) => format(strings.Glance.ChartSegment, counts[bucket], bucketLabel(bucket, strings), percents[bucket])).join(', ');
          let x = 0;
          return (
            <li key={row.objectiveRef} style={{ margin: '0 0 8px' }}>
              <div className={classes.barLabel} title={row.objective}><strong>{row.objectiveRef}</strong> {row.objective}</div>
              <svg width="100%" height={24} role="group" aria-label={format(strings.Glance.ChartBar, `${row.objectiveRef} ${row.objective}`.trim(), summary || '0')}>
                {counts.total === 0 && <rect x="0" y="2" width="100%" height={20} fill="none" stroke={theme.palette.neutralTertiary} strokeDasharray="4 3" />}
                {parts.map((bucket) => {
                  const width = (counts[bucket] / counts.total) * 100;
                  const left = x;
                  x += width;
                  const label = format(strings.Glance.CountButton, counts[bucket], `${title} ${bucketLabel(bucket, strings)}`, `${row.objectiveRef} ${row.objective}`.trim());
                  const target: DrillTarget = { kind, bucket, objectiveRef: row.objectiveRef };
                  return (
                    <g key={bucket} role="button" tabIndex={0} aria-label={label} onClick={activate(target)} onKeyDown={activate(target)} style={{ cursor: 'pointer', outline: 'none' }} className={classes.segment}>
                      <title>{label}</title>
                      <rect x={`${left}%`} y={2} width={`${width}%`} height={20} fill={fill(bucket)} stroke={theme.semanticColors.bodyBackground} strokeWidth={1} />
                      {PATTERNS[bucket] !== 'none' && <rect x={`${left}%`} y={2} width={`${width}%`} height={20} fill={`url(#${id}-${PATTERNS[bucket]})`} />}
                      {width >= 9 && <text x={`${left + width / 2}%`} y={16} textAnchor="middle" fontSize={12} fontWeight={600} fill={ink(bucket)} aria-hidden="true" style={{ paintOrder: 'stroke' }} stroke={fill(bucket)} strokeWidth={3}>{counts[bucket]}</text>}
                    </g>
                  );
                })}
              </svg>
            </li>
          );
        })}
      </ul>
      <ul className={classes.legend} aria-label={title}>
        {buckets.map((bucket) => (
          <li key={bucket}>
            <svg width={14} height={14} className={classes.legendSwatch} aria-hidden="true" focusable="false">
              <rect width={14} height={14} fill={fill(bucket)} />
              {PATTERNS[bucket] !== 'none' && <rect width={14} height={14} fill={`url(#${id}-${PATTERNS[bucket]})`} />}
            </svg>
            {bucketLabel(bucket, strings)}
          </li>
        ))}
      </ul>
      <p className={classes.meta}>{named.hint || strings.Glance.ChartHint}</p>
    </figure>
  );
}
