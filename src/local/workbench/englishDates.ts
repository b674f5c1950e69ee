import { join } from 'path';
import { loadAmdStrings } from './amdStrings';

/** The workbench's own pages are in English: its dates read from the common English strings, as the web parts' do. */
export const ENGLISH_DATES = loadAmdStrings<ITrackerCommonStrings>(join(__dirname, '..', '..', 'components', 'loc', 'en-gb.js')).Dates;
