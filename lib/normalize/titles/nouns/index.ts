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
import type { TitleLanguageCode } from '../types';
import type { JobNouns } from './types';

/**
 * Job nouns per title language (issue #13). All but Turkish are generated from ESCO occupation labels by
 * scripts/build-job-nouns.ts (ESCO © European Union: "This data uses the ESCO classification of the
 * European Commission."); tr.ts is hand-written. The engine reads them after the language modules.
 */
export const JOB_NOUNS: Readonly<Record<TitleLanguageCode, JobNouns>> = { en, de, fr, es, it, pt, nl, sv, da, no, pl, cs, tr };
export type { JobNouns } from './types';
