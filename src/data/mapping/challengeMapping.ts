import { ReportingPeriod, Severity } from '../../domain/model';
import { parsePeriodKey, periodKey } from '../../domain/periods';
import { ChallengeResponse } from '../trackerTypes';
import { choiceMap, ItemJson, ItemProps, textOf } from './fieldValues';

/** The Challenges list ↔ management responses to performance challenges. */

const ITEM_TYPE_CHOICE = choiceMap<ChallengeResponse['itemType']>([['action', 'Action'], ['measure', 'Measure']]);
const SEVERITY_CHOICE = choiceMap<Severity>([['critical', 'Critical'], ['important', 'Important']]);

const NO_PERIOD: ReportingPeriod = { financialYear: '', quarter: 'Q1' };

export function challengeResponseFromItem(item: ItemJson): ChallengeResponse {
  return {
    ref: textOf(item.Ref) || '',
    period: parsePeriodKey(textOf(item.PeriodKey) || '') || NO_PERIOD,
    itemType: ITEM_TYPE_CHOICE.fromItem(item.ItemType) || 'action',
    itemRef: textOf(item.ItemRef) || '',
    severity: SEVERITY_CHOICE.fromItem(item.Severity) || 'important',
    response: textOf(item.ManagementResponse) || ''
  };
}

export function challengeResponseToItem(response: ChallengeResponse, planId: number): ItemProps {
  return {
    Title: response.ref,
    PlanId: planId,
    Ref: response.ref,
    PeriodKey: periodKey(response.period),
    ItemType: ITEM_TYPE_CHOICE.toItem(response.itemType),
    ItemRef: response.itemRef,
    Severity: SEVERITY_CHOICE.toItem(response.severity),
    ManagementResponse: response.response
  };
}
