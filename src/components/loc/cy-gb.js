define([], function () {
  return {
    Locale: 'cy',
    Dates: {
      Months: ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'],
      Weekdays: ['dydd Sul', 'dydd Llun', 'dydd Mawrth', 'dydd Mercher', 'dydd Iau', 'dydd Gwener', 'dydd Sadwrn'],
      DayMonthYear: '{0} {1} {2}',
      WeekdayDayMonth: '{0} {1} {2}'
    },
    Quarters: ['Ch1', 'Ch2', 'Ch3', 'Ch4']
  };
});
