import { extractLinkedinPageRaw } from '@/lib/extract/linkedin-page';
import { createPageWatcher } from '@/lib/content/watcher';
import { LINKEDIN_CONTENT_MATCHES } from '@/lib/sites/linkedin-readers';

/**
 * Reads the LinkedIn page the rep is on and sends what it says to the background.
 * LinkedIn is a single-page app: the watcher re-reads on in-app navigation (a mutation under a new
 * URL) and when late-rendered content appears, batched, one read at a time, and sends only changes;
 * it stops once the extension is reloaded or updated under the open tab.
 * No React, no zod, no company-website reader and no WXT content-script context here (budget: 15 KB
 * gzipped; wxt.config.ts builds this script with an empty context, as `main` uses none): the
 * headline, the size band and the name checks' phrase lists are left to the background
 * (lib/extract/complete.ts).
 * Matches every origin a LinkedIn reader reads (lib/sites), country subdomains included: LinkedIn
 * navigates in-app, so the script runs on all its pages and the router decides what is read.
 */
export default defineContentScript({
  matches: LINKEDIN_CONTENT_MATCHES,
  // As soon as the document is parsed (#17): document_idle could wait up to 200 ms more after DOMContentLoaded.
  runAt: 'document_end',
  main() {
    createPageWatcher({
      read: () => extractLinkedinPageRaw(document, location.href),
      send: (observation) => browser.runtime.sendMessage({ type: 'observation', observation }).then(() => undefined),
      observe: (onChange) => {
        const observer = new MutationObserver(onChange);
        observer.observe(document.body ?? document.documentElement, { childList: true, subtree: true, characterData: true });
        return () => observer.disconnect();
      },
      setTimeout: (fn, ms) => window.setTimeout(fn, ms),
      clearTimeout: (id) => window.clearTimeout(id),
      location: () => location.href,
      alive: () => !!browser.runtime?.id,
    }).poke(true);
  },
});
