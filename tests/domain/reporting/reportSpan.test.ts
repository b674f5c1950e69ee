import { ReportingPeriod } from '../../../src/domain/model';
import { reportPeriods, reportYears } from '../../../src/domain/reporting/reportSpan';

const key = (period: ReportingPeriod): string => `${period.financialYear} ${period.quarter}`;

describe('what a quarter’s report reads', () => {
  test.each<[ReportingPeriod, string[], string[]]>([
    [{ financialYear: '2017-18', quarter: 'Q1' }, ['2016-17', '2017-18'], ['2016-17 Q1', '2016-17 Q2', '2016-17 Q3', '2016-17 Q4', '2017-18 Q1']],
    [{ financialYear: '2017-18', quarter: 'Q3' }, ['2016-17', '2017-18'], ['2016-17 Q1', '2016-17 Q2', '2016-17 Q3', '2016-17 Q4', '2017-18 Q1', '2017-18 Q2', '2017-18 Q3']],
    [{ financialYear: '2017-18', quarter: 'Q4' }, ['2016-17', '2017-18'], ['2016-17 Q1', '2016-17 Q2', '2016-17 Q3', '2016-17 Q4', '2017-18 Q1', '2017-18 Q2', '2017-18 Q3', '2017-18 Q4']],
    [{ financialYear: '1999-00', quarter: 'Q2' }, ['1998-99', '1999-00'], ['1998-99 Q1', '1998-99 Q2', '1998-99 Q3', '1998-99 Q4', '1999-00 Q1', '1999-00 Q2']]
  ])('%j → years %j', (period, years, periods) => {
    expect(reportYears(period)).toEqual(years);
    expect(reportPeriods(period).map(key)).toEqual(periods);
  });
});
