import { Aggregation, Frequency, Polarity, ReportedStatus } from '../model';
import { quote } from './importProblems';
import { normaliseWords, Parsed, parseFailure, parsedValue } from './parsed';

/**
 * The choice columns as trackers spell them (SPEC §4.6): BRAG status, polarity, frequency and
 * aggregation, in any case, with the abbreviations and phrases councils use.
 */

function lookup<T>(table: Record<string, T>, key: string): T | undefined {
  return Object.prototype.hasOwnProperty.call(table, key) ? table[key] : undefined;
}

const STATUSES: Record<string, ReportedStatus> = {
  blue: 'Blue', b: 'Blue', complete: 'Blue', completed: 'Blue',
  green: 'Green', g: 'Green', 'on track': 'Green',
  amber: 'Amber', a: 'Amber',
  red: 'Red', r: 'Red',
  'n/a': 'Withdrawn', na: 'Withdrawn', 'not applicable': 'Withdrawn', withdrawn: 'Withdrawn',
  'not due': 'NotDue', notdue: 'NotDue', 'not yet due': 'NotDue', 'not started': 'NotDue'
};

/**
 * Reads a BRAG status: Blue/Green/Amber/Red or B/G/A/R, Complete(d) = Blue, n/a = Withdrawn,
 * Not due / Not started = NotDue.
 */
export function parseStatus(text: string): Parsed<ReportedStatus> {
  const key = normaliseWords(text).replace(/-/g, ' ');
  const status = lookup(STATUSES, key);
  if (status) {
    return parsedValue(status);
  }
  if (/^no update/.test(key)) {
    return parseFailure(`${quote(text)} is worked out by the tracker, not imported: leave Status empty when no update came in`);
  }
  return parseFailure(`${quote(text)} is not a status: use Blue, Green, Amber, Red, Not due or n/a (withdrawn)`);
}

const POLARITIES: Record<string, Polarity> = {
  high: 'High', higher: 'High', 'higher is better': 'High', 'high is good': 'High', 'high is better': 'High',
  'bigger is better': 'High', 'more is better': 'High', 'up is good': 'High', maximise: 'High', maximize: 'High',
  low: 'Low', lower: 'Low', 'lower is better': 'Low', 'low is good': 'Low', 'low is better': 'Low',
  'smaller is better': 'Low', 'less is better': 'Low', 'down is good': 'Low', minimise: 'Low', minimize: 'Low',
  band: 'Band', 'in band': 'Band', 'within band': 'Band', 'within a band': 'Band', 'within the band': 'Band',
  'target band': 'Band', range: 'Band', 'within range': 'Band'
};

/** Reads a polarity: High/Low/Band, or the phrases `higher is better`, `lower is better` … */
export function parsePolarity(text: string): Parsed<Polarity> {
  const polarity = lookup(POLARITIES, normaliseWords(text).replace(/-/g, ' '));
  return polarity
    ? parsedValue(polarity)
    : parseFailure(`${quote(text)} is not a polarity: use High (higher is better), Low (lower is better) or Band`);
}

const FREQUENCIES: Record<string, Frequency> = {
  quarterly: 'Quarterly', quarter: 'Quarterly', q: 'Quarterly',
  annual: 'Annual', annually: 'Annual', yearly: 'Annual', year: 'Annual'
};

/** Reads a frequency: Quarterly or Annual. */
export function parseFrequency(text: string): Parsed<Frequency> {
  const frequency = lookup(FREQUENCIES, normaliseWords(text));
  return frequency ? parsedValue(frequency) : parseFailure(`${quote(text)} is not a frequency: use Quarterly or Annual`);
}

/** Keys with case, spaces and hyphens taken away: `In-quarter`, `rolling 12 months` … */
const AGGREGATIONS: Record<string, Aggregation> = {
  inquarter: 'InQuarter', discrete: 'InQuarter',
  cumulative: 'Cumulative', yeartodate: 'Cumulative', ytd: 'Cumulative', cumulativeyeartodate: 'Cumulative',
  rolling12months: 'Rolling12Months', rolling12month: 'Rolling12Months', rollingtwelvemonths: 'Rolling12Months',
  rolling12: 'Rolling12Months'
};

/** Reads how quarterly values combine: In quarter, Cumulative (year to date), Rolling 12 months. */
export function parseAggregation(text: string): Parsed<Aggregation> {
  const aggregation = lookup(AGGREGATIONS, text.toLowerCase().replace(/[^a-z0-9]/g, ''));
  return aggregation
    ? parsedValue(aggregation)
    : parseFailure(`${quote(text)} is not an aggregation: use In quarter, Cumulative or Rolling 12 months`);
}
