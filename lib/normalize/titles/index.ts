import { cs } from './cs';
import { da } from './da';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { nl } from './nl';
import { no } from './no';
import { pl } from './pl';
import { pt } from './pt';
import { sv } from './sv';
import { tr } from './tr';
import type { PageLabels, TitleLanguage, TitleLanguageCode } from './types';
export { JOB_NOUNS, type JobNouns } from './nouns';

/**
 * The registry of title languages the classifier (lib/normalize/title.ts) reads. To add a language:
 * add its code to TITLE_LANGUAGE_CODES (./types.ts), write `<code>.ts` (words, labels, examples per
 * class; compounds if the language glues words), and list it here. The lint test
 * (tests/unit/title-languages.test.ts) fails until every part is there and every example passes.
 */
export const TITLE_LANGUAGES: readonly TitleLanguage[] = [en, de, fr, es, it, pt, nl, sv, da, no, pl, cs, tr];

/** Languages whose words are glued into compounds ("Vertriebsleiterin", "Inköpsansvarig"). */
export const COMPOUND_LANGUAGES: readonly TitleLanguageCode[] = ['de', 'nl', 'sv', 'da', 'no'];

/**
 * LinkedIn About-list labels of every language, lower case → field. The LinkedIn content script
 * reads the English and German ones in the page (lib/sites/linkedin-company.ts); an entry under any
 * other label is read with these when the observation is completed (lib/extract/complete.ts).
 */
export const PAGE_LABELS: ReadonlyMap<string, keyof PageLabels> = new Map(
  TITLE_LANGUAGES.flatMap((l) => (Object.entries(l.labels) as [keyof PageLabels, readonly string[]][]).flatMap(([field, names]) => names.map((n) => [n, field] as const))),
);
