import { Rag } from '../../../src/domain/model';
import { ragBadge } from '../../../src/webparts/myUpdates/components/measures/measureFacts';
import { loadStrings } from '../../support/loadStrings';

const english = loadStrings<IMyUpdatesWebPartStrings>('src/webparts/myUpdates/loc/en-gb.js');
const welsh = loadStrings<IMyUpdatesWebPartStrings>('src/webparts/myUpdates/loc/cy-gb.js');

describe('a measure value’s badge: its colour and what it says, in English and Welsh', () => {
  test.each<[Rag, string, string, string]>([
    ['Green', 'Green', 'Green — met target', "Gwyrdd — wedi cyrraedd y targed"],
    ['Amber', 'Amber', 'Amber — missed, within tolerance', 'Ambr — heb ei gyrraedd, o fewn y goddefiant'],
    ['Red', 'Red', 'Red — missed by more than the tolerance', "Coch — heb ei gyrraedd o fwy na'r goddefiant"],
    ['NoTarget', 'Grey', 'Not rated', 'Heb ei raddio'],
    ['NoData', 'Grey', 'No data', 'Dim data'],
    ['NotDue', 'Grey', 'Not due yet', 'Ddim yn ddyledus eto']
  ])('%s: %s, "%s" / "%s"', (rag, tone, englishLabel, welshLabel) => {
    expect([ragBadge(rag, english.Measure), ragBadge(rag, welsh.Measure)]).toEqual([
      { tone, label: englishLabel },
      { tone, label: welshLabel }
    ]);
  });
});
