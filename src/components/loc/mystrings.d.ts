/** Words every web part shares, in the page's language (config/config.json: TrackerCommonStrings). */
declare interface ITrackerDateStrings {
  /** January … December, as written in running text. */
  Months: string[];
  /** Sunday … Saturday, as written before a date ("Monday 16 April", "dydd Llun 16 Ebrill"). */
  Weekdays: string[];
  /** {0}: day of the month, {1}: month, {2}: year — "16 April 2018". */
  DayMonthYear: string;
  /** {0}: weekday, {1}: day of the month, {2}: month — "Monday 16 April". */
  WeekdayDayMonth: string;
}

declare interface ITrackerCommonStrings {
  Dates: ITrackerDateStrings;
  /** Q1 … Q4 as the language writes them in running text (Welsh councils write Ch1 … Ch4). */
  Quarters: string[];
}

declare module 'TrackerCommonStrings' {
  const strings: ITrackerCommonStrings;
  export = strings;
}
