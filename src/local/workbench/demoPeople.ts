import { StorePerson } from '../sharepointStore/startSharePointStore';

/**
 * The people local mode lets you "sign in as" (SPEC §5.6): an action owner, a plan lead and an
 * executive from the seed plans. Their names match the owners in the demo data, so the importer
 * links those owners to these site users. The addresses are made up (`.example`, RFC 2606).
 */
export interface DemoPerson extends StorePerson {
  /** What the workbench calls this person in its "sign in as" switch. */
  persona: string;
}

export const DEMO_PEOPLE: DemoPerson[] = [
  { email: 'jan.coles@powys.example', title: 'Jan Coles', role: 'member', persona: 'Action owner' },
  { email: 'alec.clark@powys.example', title: 'Alec Clark', role: 'member', persona: 'Action owner' },
  { email: 'sep.coordinator@powys.example', title: 'SEP Coordinator', role: 'owner', persona: 'Plan lead' },
  { email: 'cabinet.member@powys.example', title: 'Cabinet Member', role: 'visitor', persona: 'Executive' }
];
