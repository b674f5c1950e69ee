import { PluralForms, pluralForm } from '../plurals';
import { IsoDate } from '../model';
import { dayMonthYear, MeasureOutcomes, onlyMiss, PlannedWork, portionOf, ReportStrings, RunColour } from './reportStrings';

/**
 * The report's sentences in Welsh (cy-GB); the terms are listed in src/components/loc/GLOSSARY-cy.md.
 *
 * After a number a Welsh noun stays singular and mutates as the spoken number requires, which
 * is what the plural categories tell apart: 1 cam, 2 gam (soft after dau), 3 cham (aspirate
 * after tri), 6 cham (aspirate after chwe), and no change after the rest (4 cam, 11 cam).
 * Feminine nouns: 1 garreg (soft after un), 2 garreg (dwy), 3 carreg (no change after tair),
 * 6 charreg. Sentences put the verb first and keep it singular ("Mae 6 mesur…").
 */

function counted(n: number, forms: PluralForms<string>, after: string = ''): string {
  return `${n} ${pluralForm('cy', n, forms)}${after}`;
}

const MESUR: PluralForms<string> = { two: 'fesur', other: 'mesur' };
const CAM: PluralForms<string> = { two: 'gam', few: 'cham', many: 'cham', other: 'cam' };
const CARREG: PluralForms<string> = { one: 'garreg', two: 'garreg', many: 'charreg', other: 'carreg' };

const measures = (n: number): string => counted(n, MESUR);
const actions = (n: number): string => counted(n, CAM, ' gweithredu');
const milestones = (n: number): string => counted(n, CARREG, ' filltir');

const MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
/** "24 Ebrill 2020" (a date after "erbyn" does not mutate). */
const day = (date: IsoDate): string => dayMonthYear(date, MONTHS);

function plannedWork({ planned, blueOrGreen }: PlannedWork): string {
  switch (portionOf(blueOrGreen.count, planned)) {
    case 'all':
      return `Mae'r holl waith a gynlluniwyd yn las neu'n wyrdd (${actions(planned)})`;
    case 'none':
      return `Nid oes dim o'r gwaith a gynlluniwyd yn las nac yn wyrdd (${actions(planned)})`;
    default:
      return `Mae ${blueOrGreen.percent}% o'r gwaith a gynlluniwyd yn las neu'n wyrdd (${actions(blueOrGreen.count)} allan o ${planned})`;
  }
}

const RATED = 'a raddiwyd yn erbyn targed';
const WITHIN = 'o fewn y goddefiant';
const BEYOND = "o fwy na'r goddefiant";

function onlyMeasure(outcomes: MeasureOutcomes): string {
  if (outcomes.met.count) {
    return `Cyrhaeddodd yr unig fesur ${RATED} ei darged`;
  }
  return `Methodd yr unig fesur ${RATED} ei darged ${outcomes.missed.count ? WITHIN : BEYOND}`;
}

function metClause({ rated, met }: MeasureOutcomes): string {
  switch (portionOf(met.count, rated)) {
    case 'all':
      return rated === 2 ? `Cyrhaeddodd y ddau fesur ${RATED} eu targed` : `Cyrhaeddodd pob un o'r ${measures(rated)} ${RATED} ei darged`;
    case 'none':
      return `Ni chyrhaeddodd yr un o'r ${rated === 2 ? 'ddau fesur' : measures(rated)} ${RATED} ei darged`;
    default:
      return `Cyrhaeddodd ${met.count} o'r ${measures(rated)} ${RATED} ei darged (${met.percent}%)`;
  }
}

function missedClause(outcomes: MeasureOutcomes): string {
  const { rated, met, missed, missedWidely } = outcomes;
  if (missed.count && missedWidely.count) {
    return `methodd ${missed.count} ${WITHIN} (${missed.percent}%) a methodd ${missedWidely.count} ${BEYOND} (${missedWidely.percent}%)`;
  }
  const { share, widely } = onlyMiss(outcomes);
  const how = widely ? BEYOND : WITHIN;
  if (met.count > 0) {
    return `methodd ${share.count} ${how} (${share.percent}%)`;
  }
  return rated === 2 ? `methodd y ddau ${how}` : `methodd pob un ${how}`;
}

function measuresAgainstTarget(outcomes: MeasureOutcomes): string {
  if (outcomes.rated === 1) {
    return onlyMeasure(outcomes);
  }
  const met = metClause(outcomes);
  return outcomes.met.count === outcomes.rated ? met : `${met}; ${missedClause(outcomes)}`;
}

function challenges(total: number, critical: number, important: number): string {
  const list = `${total} her perfformiad`;
  if (critical && important) {
    return `${list}: ${critical} yn hollbwysig, ${important} yn bwysig`;
  }
  const severity = critical ? 'hollbwysig' : 'bwysig';
  if (total === 1) {
    return `${list}, sy'n ${severity}`;
  }
  return total === 2 ? `${list}, y ddwy'n ${severity}` : `${list}, pob un yn ${severity}`;
}

/** After "yn" an adjective takes the soft mutation: yn goch. */
const RUN_COLOUR: Record<RunColour, string> = { Amber: 'AMBR', Red: 'GOCH', AmberAndRed: "AMBR neu'n GOCH" };

export const CY_GB: ReportStrings = {
  plannedWork,
  noPlannedWork: () => "Nid oes gwaith wedi'i gynllunio ar y gweill y chwarter hwn",
  measuresAgainstTarget,
  measuresNotRated: (n) =>
    pluralForm('cy', n, {
      one: `Mae ${measures(n)} heb ei raddio: mae ganddo werth ond dim targed`,
      other: `Mae ${measures(n)} heb eu graddio: mae ganddynt werth ond dim targed`
    }),
  measuresWithoutData: (n) => `Mae ${measures(n)} heb ddata y chwarter hwn`,
  actionsWithoutUpdate: (n) => `Mae ${actions(n)} heb ddiweddariad y chwarter hwn`,
  actionsAwaitingUpdate: (n, due) => `Mae ${actions(n)} heb ddiweddariad eto: mae'r diweddariadau i'w cyflwyno erbyn ${day(due)}`,
  actionsOverdue: (n) => (n === 0 ? 'Nid oes unrhyw gamau gweithredu yn hwyr' : `Mae ${actions(n)} yn hwyr`),
  milestonesOverdue: (n) => (n === 0 ? 'Nid oes unrhyw gerrig milltir yn hwyr' : `Mae ${milestones(n)} yn hwyr`),
  challenges,
  noChallenges: () => 'Nid oes heriau perfformiad y chwarter hwn',
  redThisQuarter: (itemType) => (itemType === 'action' ? 'Adroddwyd COCH y chwarter hwn.' : 'COCH yn erbyn y targed y chwarter hwn.'),
  missedAtYearEnd: () => 'Methwyd y targed ar ddiwedd y flwyddyn.',
  amberOrRedFor: (colour, quarters) => `Mae hwn wedi bod yn ${RUN_COLOUR[colour]} ers ${quarters} chwarter.`,
  redToAmber: () => 'Wedi symud o GOCH i AMBR.',
  redWithoutCommentary: () => 'COCH heb sylwebaeth.'
};
