/**
 * Plural forms by the language's own rules (CLDR, through the platform's `Intl.PluralRules`):
 * English has two forms (one, other); Welsh has six (zero, one, two, few, many, other), and
 * the form decides the noun's mutation after a number (1 cam, 2 gam, 3 cham, 6 cham).
 */

export type PluralLocale = 'en' | 'en-GB' | 'cy';

/** The forms of a word or phrase by plural category; `other` is the fallback for any missing one. */
export interface PluralForms<T> {
  zero?: T;
  one?: T;
  two?: T;
  few?: T;
  many?: T;
  other: T;
}

const rulesByLocale = new Map<PluralLocale, Intl.PluralRules>();

function rulesFor(locale: PluralLocale): Intl.PluralRules {
  let rules = rulesByLocale.get(locale);
  if (!rules) {
    rules = new Intl.PluralRules(locale);
    rulesByLocale.set(locale, rules);
  }
  return rules;
}

/** The form `count` takes in `locale`: e.g. Welsh 3 → `few`, 11 → `other`; English 1 → `one`. */
export function pluralForm<T>(locale: PluralLocale, count: number, forms: PluralForms<T>): T {
  const category = rulesFor(locale).select(count);
  switch (category) {
    case 'zero':
    case 'one':
    case 'two':
    case 'few':
    case 'many': {
      const form = forms[category];
      return form === undefined ? forms.other : form;
    }
    default:
      return forms.other;
  }
}
