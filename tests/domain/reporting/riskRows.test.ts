import { Risk } from '../../../src/domain/model';
import { riskRows } from '../../../src/domain/reporting/riskRows';
import { objective } from './reportBuilders';

const risk = (ref: string, objectiveRef: string | undefined, likelihood: number, impact: number): Risk => ({
  ref, title: `Risk ${ref}`, objectiveRef, likelihood, impact, trend: 'Same'
});

describe('riskRows', () => {
  const objectives = [objective('2', 'Employment'), objective('1', 'Education')];

  test("keeps risks linked to the plan's objectives: objective order, highest score first, then reference", () => {
    const rows = riskRows(
      [risk('CR10', '1', 2, 2), risk('CR2', '1', 2, 2), risk('CR3', '1', 5, 4), risk('CR4', '2', 1, 1), risk('CR5', undefined, 5, 5), risk('CR6', '9', 5, 5)],
      objectives
    );
    expect(rows.map((row) => [row.ref, row.objectiveRef, row.score])).toEqual([
      ['CR4', '2', 1],
      ['CR3', '1', 20],
      ['CR2', '1', 4],
      ['CR10', '1', 4]
    ]);
  });

  test('carries owner, portfolio holder and mitigation, null when absent', () => {
    const full: Risk = { ...risk('CR1', '1', 3, 4), owner: { name: 'IB' }, portfolioHolder: 'Cllr Jones', mitigation: 'Monthly review', trend: 'Down' };
    expect(riskRows([full, risk('CR2', '1', 1, 1)], objectives)).toEqual([
      { ref: 'CR1', title: 'Risk CR1', objectiveRef: '1', owner: 'IB', portfolioHolder: 'Cllr Jones', likelihood: 3, impact: 4, score: 12, trend: 'Down', mitigation: 'Monthly review' },
      { ref: 'CR2', title: 'Risk CR2', objectiveRef: '1', owner: null, portfolioHolder: null, likelihood: 1, impact: 1, score: 1, trend: 'Same', mitigation: null }
    ]);
  });
});
