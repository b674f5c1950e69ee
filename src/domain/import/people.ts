import { PersonRef } from '../model';
import { quote } from './importProblems';
import { Parsed, parseFailure, parsedValue } from './parsed';

/**
 * Owners as trackers hold them (SPEC §4.6): an e-mail address, `Name <address>`, a display name
 * or initials (`IB`, `Jan Coles`, `DM.`). Names are matched to site users later; here a name
 * stays a name, and only an address sets `email`.
 */

const EMAIL = /^[^\s@<>()",;]+@[^\s@<>()",;]+\.[^\s@<>()",;]+$/;
const NAME_AND_EMAIL = /^(.*?)\s*<([^<>]+)>$/;
/** Several people in one cell: `CA1 / CA4`, `SCA / CA1 / CA4`, one per line, or `;`-separated. */
const SEPARATORS = /\s*[/;\n]\s*/;

/** Reads one person. A trailing full stop (`DM.`) is a typing habit, not part of the initials. */
export function parsePerson(text: string): Parsed<PersonRef> {
  const tidied = text.trim().replace(/\s+/g, ' ');
  const named = NAME_AND_EMAIL.exec(tidied);
  if (named) {
    const email = named[2].trim();
    return EMAIL.test(email)
      ? parsedValue({ name: named[1].trim() || email, email: email.toLowerCase() })
      : parseFailure(`${quote(text)} does not hold a valid e-mail address between < and >`);
  }
  if (tidied.indexOf('@') >= 0) {
    return EMAIL.test(tidied)
      ? parsedValue({ name: tidied, email: tidied.toLowerCase() })
      : parseFailure(`${quote(text)} is not a valid e-mail address`);
  }
  const name = tidied.replace(/\.+$/, '').trim();
  return name ? parsedValue({ name }) : parseFailure(`${quote(text)} does not name a person`);
}

/** Reads every person in a cell, in order: the first is the owner, the rest delegates. */
export function parsePeople(text: string): Parsed<PersonRef[]> {
  const people: PersonRef[] = [];
  const parts = text.split(SEPARATORS).filter((part) => part.trim() !== '');
  for (let index = 0; index < parts.length; index += 1) {
    const person = parsePerson(parts[index]);
    if (!person.ok) {
      return parseFailure(person.message);
    }
    people.push(person.value);
  }
  return people.length > 0 ? parsedValue(people) : parseFailure(`${quote(text)} does not name a person`);
}
