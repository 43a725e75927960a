import { LINKEDIN_ORIGINS, WEB_ORIGINS } from './origins';
import type { ReaderInfo } from './reader';

/**
 * Any company website. The descriptor is kept apart from the reader so that the background and
 * the LinkedIn content script can know which URLs are company sites without bundling the
 * website reader and its technology fingerprints.
 */
export const companySiteInfo: ReaderInfo = {
  kind: 'company-site',
  matches: {
    origins: WEB_ORIGINS,
    // LinkedIn over either scheme is never a company website.
    excludeOrigins: [...LINKEDIN_ORIGINS, ...LINKEDIN_ORIGINS.map((o) => o.replace(/^https:/, 'http:'))],
    // Files are not company pages.
    paths: [/^(?!.*\.(?:pdf|png|jpe?g|gif|svg|webp|zip|json|xml|txt|csv|mp4|mp3)$)/i],
  },
  subject: 'company',
  authority: ['domain', 'website', 'technologies'],
};
