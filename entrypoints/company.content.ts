import { extractCompanySitePage } from '@/lib/extract/company-site-page';
import { WEB_ORIGINS } from '@/lib/sites/origins';

/**
 * Injected on demand into a company website (activeTab + scripting) when the rep presses
 * "Read this page" in the popup; its return value is the observation. Not registered in the
 * manifest, so LeadFit runs on no other site unless the rep asks (or grants the optional permission).
 */
export default defineContentScript({
  registration: 'runtime',
  matches: [...WEB_ORIGINS],
  main() {
    return extractCompanySitePage(document, location.href);
  },
});
