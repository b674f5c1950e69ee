import { ReviewState, Update } from '../../src/domain/model';
import { reviewAfterSave, SaveIntent, updateStage } from '../../src/domain/reviewStates';

const Q4 = { financialYear: '2017-18', quarter: 'Q4' as const };

function update(quarter: 'Q3' | 'Q4', reviewState: ReviewState, reviewComment?: string): Update {
  return { actionRef: '1.a.', financialYear: '2017-18', quarter, status: 'Green', reviewState, reviewComment };
}

describe('where the period’s update stands for its owner', () => {
  test.each<[string, Update[], string, number | undefined]>([
    ['nothing yet', [], 'none', undefined],
    ['only last quarter’s', [update('Q3', 'Approved')], 'none', undefined],
    ['a draft', [update('Q4', 'Draft')], 'draft', 0],
    ['submitted, waiting for review', [update('Q4', 'Submitted')], 'submitted', 0],
    ['returned with a comment', [update('Q4', 'Returned', 'Say why it slipped.')], 'returned', 0],
    ['approved', [update('Q3', 'Approved'), update('Q4', 'Approved')], 'approved', 1],
    ['a change written after the approval', [update('Q4', 'Approved'), update('Q4', 'Draft')], 'draft', 1],
    ['a change sent for review after the approval', [update('Q4', 'Approved'), update('Q4', 'Submitted')], 'submitted', 1]
  ])('%s → %s', (_case, updates, stage, index) => {
    const found = updateStage(updates, Q4);
    expect(found.stage).toBe(stage);
    expect(found.update).toBe(index === undefined ? undefined : updates[index]);
  });
});

describe('what an owner’s save does to the review state', () => {
  test.each<[string, Update | undefined, SaveIntent, Pick<Update, 'reviewState' | 'reviewComment'>]>([
    ['a first draft', undefined, 'draft', { reviewState: 'Draft' }],
    ['a draft saved again', update('Q4', 'Draft'), 'draft', { reviewState: 'Draft' }],
    ['a returned update, edited: it stays returned and keeps the lead’s comment', update('Q4', 'Returned', 'Add the figures.'), 'draft', { reviewState: 'Returned', reviewComment: 'Add the figures.' }],
    ['a returned update, resubmitted: the comment is answered', update('Q4', 'Returned', 'Add the figures.'), 'submit', { reviewState: 'Submitted' }],
    ['a submitted update taken back as a draft', update('Q4', 'Submitted'), 'draft', { reviewState: 'Draft' }],
    ['a draft submitted', update('Q4', 'Draft'), 'submit', { reviewState: 'Submitted' }],
    ['a first update submitted straight away', undefined, 'submit', { reviewState: 'Submitted' }]
  ])('%s', (_case, editing, intent, expected) => {
    expect(reviewAfterSave(editing, intent)).toEqual(expected);
  });
});
