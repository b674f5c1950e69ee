import { ReportedStatus, ReviewState, Update } from '../../src/domain/model';
import { isBlankText, looksLikeHtml } from '../../src/domain/richText';
import { FieldProblem, submissionAdvice, UpdateProblemCode, validateForSubmission, validateUpdate } from '../../src/domain/updateValidation';

// Seed 000: the FSM Foundation Phase measure was Red with an explanation and a remedial action.
const PROGRESS =
  'Although nearly all schools use their PDG funding to support e-FSM pupils, the gap in attainment has only narrowed slightly.';
const REMEDIAL = 'A more detailed analysis of PDG grant funding for each school needs to be conducted.';

function submitted(status: ReportedStatus, fields: Partial<Update> = {}): Update {
  return { actionRef: '1.a.', financialYear: '2017-18', quarter: 'Q4', status, reviewState: 'Submitted', ...fields };
}

const fieldsOf = (problems: FieldProblem[]): string[] => problems.map((problem) => problem.field);

describe('validateUpdate: what a submitted update must hold (SPEC §4.2)', () => {
  test.each<[string, Update, string[]]>([
    ['Green needs nothing more', submitted('Green'), []],
    ['Not due needs nothing more', submitted('NotDue'), []],
    ['Red with commentary and a remedial action is complete', submitted('Red', { progress: PROGRESS, remedialAction: REMEDIAL }), []],
    ['Red with neither → one problem for each', submitted('Red'), ['progress', 'remedialAction']],
    ['Red without a remedial action', submitted('Red', { progress: PROGRESS }), ['remedialAction']],
    ['Red without commentary', submitted('Red', { remedialAction: REMEDIAL }), ['progress']],
    ['Amber with neither → one problem for each', submitted('Amber'), ['progress', 'remedialAction']],
    ['Amber without a remedial action', submitted('Amber', { progress: PROGRESS }), ['remedialAction']],
    ['Amber with an issue but no remedial action still needs one', submitted('Amber', { progress: PROGRESS, issue: 'Late data' }), ['remedialAction']],
    ['Red with HTML-only commentary counts as empty', submitted('Red', { progress: '<p> </p>', remedialAction: '&nbsp;' }), ['progress', 'remedialAction']],
    ['Red with whitespace-only text counts as empty', submitted('Red', { progress: ' \n\t ', remedialAction: REMEDIAL }), ['progress']],
    ['Blue without evidence may be submitted (evidence is advised, not required)', submitted('Blue'), []],
    ['Blue with evidence is complete', submitted('Blue', { evidence: 'Local Authority Data' }), []],
    ['Withdrawn without a reason', submitted('Withdrawn'), ['withdrawnReason']],
    ['Withdrawn with a reason is complete', submitted('Withdrawn', { withdrawnReason: 'Superseded by the 2018-19 plan' }), []]
  ])('%s', (_name, update, expectedFields) => {
    expect(fieldsOf(validateUpdate(update))).toEqual(expectedFields);
  });

  test('messages say what to do, naming the status', () => {
    expect(validateUpdate(submitted('Red', { progress: PROGRESS }))).toEqual([
      { field: 'remedialAction', code: 'needsRemedialAction', args: { status: 'Red' }, message: 'A Red update needs a remedial action: say what will be done to get back on track.' }
    ]);
    expect(validateUpdate(submitted('Amber', { remedialAction: REMEDIAL }))).toEqual([
      { field: 'progress', code: 'needsProgress', args: { status: 'Amber' }, message: 'An Amber update needs progress commentary: say what has happened and why it has slipped.' }
    ]);
    expect(validateUpdate(submitted('Withdrawn'))[0].message).toBe(
      'A Withdrawn update needs a reason: say why the action no longer applies.'
    );
  });
});

describe('submissionAdvice: what an update should carry (never blocks)', () => {
  test.each<[string, Update, string[]]>([
    ['Blue without evidence', submitted('Blue'), ['evidence']],
    ['Blue with an empty paragraph as evidence', submitted('Blue', { evidence: '<div><br></div>' }), ['evidence']],
    ['Blue with evidence', submitted('Blue', { evidence: 'Local Authority Data' }), []],
    ['Green without evidence', submitted('Green'), []]
  ])('%s', (_name, update, expectedFields) => {
    expect(fieldsOf(submissionAdvice(update))).toEqual(expectedFields);
  });

  test('the advice says what would show the action is done', () => {
    expect(submissionAdvice(submitted('Blue'))[0].message).toBe(
      'A Blue (complete) update should carry evidence of completion: link to or describe what shows the action is done.'
    );
  });
});

describe('validateUpdate: only a Submitted update must be complete', () => {
  test.each<[ReviewState, string[]]>([
    ['Draft', []],
    ['Returned', []],
    // Imported rows arrive Approved, and old trackers hold Red rows without commentary.
    ['Approved', []],
    ['Submitted', ['progress', 'remedialAction']]
  ])('an empty Red update in review state %s → %j', (reviewState, expectedFields) => {
    expect(fieldsOf(validateUpdate(submitted('Red', { reviewState })))).toEqual(expectedFields);
  });

  test('validateForSubmission checks a draft as if it were being submitted', () => {
    const draft = submitted('Red', { reviewState: 'Draft', progress: PROGRESS });
    expect(fieldsOf(validateForSubmission(draft))).toEqual(['remedialAction']);
  });

  test('validateForSubmission passes the revised-date option on', () => {
    const draft = submitted('Green', { reviewState: 'Draft', revisedDate: '2018-03-30' });
    expect(fieldsOf(validateForSubmission(draft, { allowRevisedDateBefore: '2018-04-01' }))).toEqual(['revisedDate']);
  });
});

describe('validateUpdate: types and formats (every review state)', () => {
  const draft = (fields: Partial<Update>): Update => submitted('Green', { reviewState: 'Draft', ...fields });

  test.each<[string, Partial<Update>, string[]]>([
    ['a real revised date', { revisedDate: '2018-09-30' }, []],
    ['an empty revised date means none asked for', { revisedDate: '' }, []],
    ['a blank revised date means none asked for', { revisedDate: '  ' }, []],
    ['29 February in a leap year is real', { revisedDate: '2020-02-29' }, []],
    ['30 February is not a real date', { revisedDate: '2018-02-30' }, ['revisedDate']],
    ['29 February outside a leap year is not a real date', { revisedDate: '2019-02-29' }, ['revisedDate']],
    ['a UK-format date is not stored as is', { revisedDate: '31/03/2018' }, ['revisedDate']],
    ['a month name is not a date', { revisedDate: 'Dec 2019' }, ['revisedDate']],
    ['the year written 2017/18 is accepted', { financialYear: '2017/18' }, []],
    ['2017-19 is not a financial year', { financialYear: '2017-19' }, ['financialYear']],
    ['an empty financial year', { financialYear: '' }, ['financialYear']],
    ['Q5 is not a quarter', { quarter: 'Q5' as Update['quarter'] }, ['quarter']],
    ['a computed status cannot be reported', { status: 'NoUpdate' as ReportedStatus }, ['status']],
    ['an unknown status cannot be reported', { status: 'Purple' as ReportedStatus }, ['status']],
    ['an unknown review state', { reviewState: 'Pending' as ReviewState }, ['reviewState']],
    ['an update must name its action', { actionRef: ' ' }, ['actionRef']],
    ['several problems are all reported, in field order', { financialYear: 'x', quarter: 'Q0' as Update['quarter'], revisedDate: 'soon' }, ['financialYear', 'quarter', 'revisedDate']]
  ])('%s', (_name, fields, expectedFields) => {
    expect(fieldsOf(validateUpdate(draft(fields)))).toEqual(expectedFields);
  });

  test('a status that cannot be reported is explained with the choices', () => {
    expect(validateUpdate(draft({ status: 'NoUpdate' as ReportedStatus }))).toEqual([
      {
        field: 'status',
        code: 'badStatus',
        message:
          '"NoUpdate" is not a status you can report: choose Blue (complete), Green (on track), Amber (some slippage), ' +
          'Red (off track), Not due or Withdrawn.'
      }
    ]);
  });

  test('a submitted update with a status that cannot be reported gets no completeness problems', () => {
    expect(fieldsOf(validateUpdate(submitted('Unknown' as ReportedStatus)))).toEqual(['status']);
  });

  test('a revisedDate that is not text is not a date', () => {
    expect(fieldsOf(validateUpdate(draft({ revisedDate: 20180930 as unknown as string })))).toEqual(['revisedDate']);
  });
});

describe('validateUpdate: allowRevisedDateBefore', () => {
  const withRevisedDate = (revisedDate: string): Update => submitted('Amber', { progress: PROGRESS, remedialAction: REMEDIAL, revisedDate });

  test.each<[string, string, string[]]>([
    ['the day before the earliest allowed date is refused', '2018-03-31', ['revisedDate']],
    ['the earliest allowed date itself is accepted', '2018-04-01', []],
    ['a later date is accepted', '2018-09-30', []]
  ])('%s', (_name, revisedDate, expectedFields) => {
    expect(fieldsOf(validateUpdate(withRevisedDate(revisedDate), { allowRevisedDateBefore: '2018-04-01' }))).toEqual(expectedFields);
  });

  test('the message gives the earliest date in words', () => {
    expect(validateUpdate(withRevisedDate('2018-03-31'), { allowRevisedDateBefore: '2018-04-01' })).toEqual([
      { field: 'revisedDate', code: 'revisedDateTooEarly', args: { earliest: '2018-04-01' }, message: 'The revised date cannot be before 1 April 2018.' }
    ]);
  });

  test('without the option any real date is accepted', () => {
    expect(validateUpdate(withRevisedDate('2016-01-01'))).toEqual([]);
  });
});

describe('isBlankText: markup and spacing say nothing', () => {
  test.each<[string, string | undefined, boolean]>([
    ['missing', undefined, true],
    ['empty', '', true],
    ['spaces, tabs and new lines', ' \t\r\n ', true],
    ['an empty paragraph', '<p> </p>', true],
    ['a no-break space entity', '&nbsp;', true],
    ['a numeric no-break space entity', '&#160;', true],
    ['a hex no-break space entity in capitals', '&#XA0;', true],
    ['a no-break space character', '\u00a0', true],
    ['a zero-width space', '\u200b', true],
    ['nested empty markup with a line break', '<div><p>&nbsp;</p><br/></div>', true],
    ['an HTML comment', '<!-- nothing to report -->', true],
    ['plain words', 'Done', false],
    ['words in a paragraph', '<p>Training delivered to 12 schools</p>', false],
    ['a lone zero', '0', false],
    ['an ampersand entity is content', '&amp;', false],
    ['a comparison is not a tag', 'a < b', false],
    ['a link is content', 'https://council.sharepoint.com/sites/performance', false]
  ])('%s → %s', (_name, text, expected) => {
    expect(isBlankText(text)).toBe(expected);
  });
});

describe('problem codes: each rule names itself so the form can say it in Welsh too', () => {
  test.each<[string, Update, UpdateProblemCode[]]>([
    ['Red with nothing', submitted('Red'), ['needsProgress', 'needsRemedialAction']],
    ['Withdrawn with no reason', submitted('Withdrawn'), ['needsWithdrawnReason']],
    ['an impossible revised date', submitted('Green', { revisedDate: '2018-02-30' }), ['badRevisedDate']],
    ['no action, year or quarter', { ...submitted('Green'), actionRef: ' ', financialYear: '2017', quarter: 'Q5' as Update['quarter'] }, ['noAction', 'badYear', 'badQuarter']],
    ['an unknown status and review state', { ...submitted('Green'), status: 'Purple' as ReportedStatus, reviewState: 'Pending' as ReviewState }, ['badStatus', 'badReviewState']]
  ])('%s', (_name, update, codes) => {
    expect(validateUpdate(update).map((problem) => problem.code)).toEqual(codes);
  });

  test('a revised date before the allowed start is too early', () => {
    expect(validateUpdate(submitted('Green', { revisedDate: '2017-12-31' }), { allowRevisedDateBefore: '2018-01-01' })[0].code).toBe('revisedDateTooEarly');
  });

  test('Blue without evidence is advice with its own code', () => {
    expect(submissionAdvice(submitted('Blue')).map((problem) => problem.code)).toEqual(['blueNeedsEvidence']);
  });
});

describe('looksLikeHtml: imported text with markup is shown sanitised', () => {
  test.each<[string, string | undefined, boolean]>([
    ['missing', undefined, false],
    ['plain words', 'Training delivered to 12 schools', false],
    ['a comparison', 'a < b and c > d', false],
    ['a paragraph from Word', '<p class="MsoNormal">Delivered</p>', true],
    ['a line break', 'Line one<br>Line two', true],
    ['a script tag', '<script>alert(1)</script>', true],
    ['called twice gives the same answer (no shared regex state)', '<b>bold</b>', true]
  ])('%s → %s', (_name, text, expected) => {
    expect(looksLikeHtml(text)).toBe(expected);
    expect(looksLikeHtml(text)).toBe(expected);
  });
});
