/** Words every web part shares, in the page's language (config/config.json: TrackerCommonStrings); Welsh terms in GLOSSARY-cy.md. */
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

/**
 * A sentence with a count in it, in each plural form the language has (CLDR categories): English
 * needs `one` and `other`; Welsh can need `zero`, `one`, `two`, `few` and `many` too, since the
 * noun after a number mutates (2 ddiwrnod, 3 pheth). A missing form falls back to `other`.
 */
declare interface ITrackerCountedString {
  zero?: string;
  one?: string;
  two?: string;
  few?: string;
  many?: string;
  other: string;
}

declare interface ITrackerCommonStrings {
  /** The page language's BCP 47 tag for the platform's Intl: how numbers are written and counted sentences chosen. */
  Locale: 'en-GB' | 'cy';
  Dates: ITrackerDateStrings;
  /** Q1 … Q4 as the language writes them in running text (Welsh councils write Ch1 … Ch4). */
  Quarters: string[];
}

declare module 'TrackerCommonStrings' {
  const strings: ITrackerCommonStrings;
  export = strings;
}
