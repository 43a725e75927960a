import { extractCompanySite } from './company-site';
import { companySiteInfo } from './company-site-info';
import type { SiteReader } from './reader';

/** The company-website reader: its descriptor (company-site-info.ts, no code) plus the reader. */
export const companySiteReader: SiteReader = { ...companySiteInfo, read: extractCompanySite };
