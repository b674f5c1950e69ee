import { CalendarEntry, Quarter, Risk, RiskTrend } from '../../domain/model';
import {
  dateOf, dateToItem, ItemJson, ItemProps, lookupText, numberOf, orNull, personOf, textOf, titleOf, titleProps
} from './fieldValues';
import { withDefined } from './actionMapping';

/** Risks and Reporting Calendar lists ↔ the domain. */

export function riskFromItem(item: ItemJson): Risk {
  const risk: Risk = {
    ref: textOf(item.Ref) || '',
    title: titleOf(item),
    likelihood: numberOf(item.Likelihood) || 1,
    impact: numberOf(item.Impact) || 1,
    trend: (textOf(item.RiskTrend) as RiskTrend) || 'New'
  };
  return withDefined(risk, {
    objectiveRef: lookupText(item, 'Objective'),
    owner: personOf(item, 'Owner', 'OwnerName'),
    portfolioHolder: textOf(item.PortfolioHolder),
    mitigation: textOf(item.Mitigation)
  });
}

export interface RiskLinks {
  planId: number;
  objectiveId?: number;
  ownerId?: number;
}

export function riskToItem(risk: Risk, links: RiskLinks): ItemProps {
  return {
    ...titleProps(risk.title),
    PlanId: links.planId,
    Ref: risk.ref,
    ObjectiveId: orNull(links.objectiveId),
    OwnerId: orNull(links.ownerId),
    OwnerName: risk.owner ? risk.owner.name : null,
    PortfolioHolder: orNull(risk.portfolioHolder),
    Likelihood: risk.likelihood,
    Impact: risk.impact,
    RiskTrend: risk.trend,
    Mitigation: orNull(risk.mitigation)
  };
}

const DEFAULT_OFFSETS = [14, 7, 2];
const DEFAULT_ESCALATION = 3;

export function calendarFromItem(item: ItemJson): CalendarEntry {
  const offsets = (textOf(item.ReminderOffsets) || '')
    .split(',')
    .map((part) => Number(part.trim()))
    .filter(isDayCount);
  const entry: CalendarEntry = {
    financialYear: textOf(item.FinancialYear) || '',
    quarter: (textOf(item.Quarter) as Quarter) || 'Q1',
    updatesDue: dateOf(item.UpdatesDue) || '',
    reminderOffsets: offsets.length > 0 ? offsets : DEFAULT_OFFSETS,
    escalationDelay: numberOf(item.EscalationDelay) === undefined ? DEFAULT_ESCALATION : (item.EscalationDelay as number)
  };
  return withDefined(entry, { reportDate: dateOf(item.ReportDate) });
}

function isDayCount(days: number): boolean {
  return isFinite(days) && days >= 0;
}

export function calendarToItem(entry: CalendarEntry): ItemProps {
  return {
    Title: `${entry.financialYear} ${entry.quarter}`,
    FinancialYear: entry.financialYear,
    Quarter: entry.quarter,
    UpdatesDue: dateToItem(entry.updatesDue),
    ReportDate: dateToItem(entry.reportDate),
    ReminderOffsets: entry.reminderOffsets.join(','),
    EscalationDelay: entry.escalationDelay
  };
}
