import { Objective, Risk } from '../model';
import { compareRefs, objectiveOrder } from './naturalOrder';
import { ReportRisk } from './reportDocument';

/**
 * The report's risks (SPEC §4.4): the risk register rows linked to one of the plan's
 * objectives, in objective order, then highest score first, then reference.
 */
export function riskRows(risks: readonly Risk[], objectives: readonly Objective[]): ReportRisk[] {
  const listed = new Set<string>(objectives.map((objective) => objective.ref));
  const order = objectiveOrder(objectives);
  return risks
    .filter((risk) => risk.objectiveRef !== undefined && listed.has(risk.objectiveRef))
    .map(
      (risk): ReportRisk => ({
        ref: risk.ref,
        title: risk.title,
        objectiveRef: risk.objectiveRef as string,
        owner: risk.owner ? risk.owner.name : null,
        portfolioHolder: risk.portfolioHolder ? risk.portfolioHolder : null,
        likelihood: risk.likelihood,
        impact: risk.impact,
        score: risk.likelihood * risk.impact,
        trend: risk.trend,
        mitigation: risk.mitigation ? risk.mitigation : null
      })
    )
    .sort((a, b) => order(a.objectiveRef, b.objectiveRef) || b.score - a.score || compareRefs(a.ref, b.ref));
}
