import type { ReadableKind } from './reader';

/**
 * URLs each reader must claim, and no other reader may (tests/unit/reader-registry.test.ts); also
 * for manual QA. Kept apart from the readers so the content scripts do not ship test data (the
 * LinkedIn script is held to 15 KB gzipped).
 */
export const TEST_URLS: Record<ReadableKind, readonly string[]> = {
  'linkedin-person': [
    'https://www.linkedin.com/in/priya-raman-example/',
    'https://de.linkedin.com/in/julia-example',
    'https://se.linkedin.com/in/eduardo-example/',
    'https://uk.linkedin.com/pub/z%C3%BCmra-example/2b/731/b5b',
    'https://www.linkedin.com/in/jane-example/recent-activity/all/',
    'https://www.linkedin.com/in/jane-example/details/experience/',
    'http://www.linkedin.com/in/old-link-example',
    'https://linkedin.com/in/bare-host-example',
  ],
  'linkedin-company': [
    'https://www.linkedin.com/company/fernhill-logistics/',
    'https://www.linkedin.com/company/fernhill-logistics/about/',
    'https://www.linkedin.com/company/fernhill-logistics/posts/?feedView=all',
    'https://www.linkedin.com/company/fernhill-logistics/people/',
    'https://www.linkedin.com/company/fernhill-logistics/jobs/',
    'https://www.linkedin.com/company/fernhill-logistics/life/',
    'https://uk.linkedin.com/company/audiense-example',
    'https://www.linkedin.com/company/10529043/',
    'https://www.linkedin.com/school/example-university/',
    'https://www.linkedin.com/showcase/example-product/',
  ],
  'linkedin-search': [
    'https://www.linkedin.com/search/results/people/?keywords=revops',
    'https://www.linkedin.com/search/results/all/?keywords=acme',
    'https://de.linkedin.com/search/results/people/?keywords=vertrieb',
    'https://www.linkedin.com/sales/search/people?query=(filters%3AList())',
    'https://www.linkedin.com/sales/lists/people/7012345678901234567',
    'https://www.linkedin.com/mynetwork/invite-connect/connections/',
  ],
  'salesnav-lead': [
    'https://www.linkedin.com/sales/lead/ACwAAB12345,NAME_SEARCH,abcd',
    'https://www.linkedin.com/sales/people/ACwAAB12345,NAME_SEARCH,abcd',
  ],
  'salesnav-account': [
    'https://www.linkedin.com/sales/company/48151623',
    'https://www.linkedin.com/sales/account/48151623/',
  ],
  'company-site': [
    'https://www.tidewater.example/',
    'https://acme.example/about',
    'http://www.rs-ingenieure.example/de/hochbau/leistungen',
    'https://shop.example.co.uk/pages/about-us?ref=nav',
  ],
};
