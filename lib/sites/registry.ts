import { companySiteReader } from './company-site-reader';
import { LINKEDIN_READERS } from './linkedin-readers';
import type { SiteReader } from './reader';

/**
 * Every page reader, in routing order: LinkedIn first, any other website last.
 * Adding a page kind = a reader module + its entry here and in READER_INFOS
 * (lib/sites/reader-infos.ts) + its kind in PAGE_KINDS (lib/observation.ts) + fixtures under
 * tests/fixtures/<site>/; tests/unit/reader-registry.test.ts fails on anything missing.
 */
export const READERS: readonly SiteReader[] = [...LINKEDIN_READERS, companySiteReader];
