define([], function () {
  return {
    Locale: 'en-GB',
    Dates: {
      Months: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
      Weekdays: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'],
      DayMonthYear: '{0} {1} {2}',
      WeekdayDayMonth: '{0} {1} {2}'
    },
    Quarters: ['Q1', 'Q2', 'Q3', 'Q4']
  };
});
