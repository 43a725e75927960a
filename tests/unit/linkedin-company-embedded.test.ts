// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '@/lib/extract';

/**
 * A logged-in company page saved before it rendered: the data is only in `<code>` JSON, among
 * other companies (similar pages, the viewer's employer). Only company objects that can be the
 * subject are parsed (lib/sites/linkedin-company.ts mayBeSubject): these pages check that the
 * subject is still found however its slug or name is written, and never another company.
 */
const TYPE = 'com.linkedin.voyager.dash.organization.Company';
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(companies: string[], shownName = ''): Document {
  const block = `{"data":{"*elements":["urn:li:fsd_company:1"]},"included":[${companies.join(',')}]}`;
  const top = shownName ? `<h1 class="org-top-card-summary__title">${shownName}</h1>` : '';
  return parseDocument(`<html><head><title>LinkedIn</title></head><body><main>${top}</main><code id="bpr-guid-1">${esc(block)}</code></body></html>`);
}
const other = (id: number, name: string) => `{"$type":"${TYPE}","entityUrn":"urn:li:fsd_company:${id}","universalName":"other-${id}","name":"${name}","websiteUrl":"https://other${id}.example","industries":["Retail"]}`;

describe('logged-in company page from its embedded JSON: the subject among other companies', () => {
  const url = 'https://www.linkedin.com/company/nordwind-labs/';
  it('by the slug, whatever its case in the JSON', () => {
    const subject = `{"$type":"${TYPE}","entityUrn":"urn:li:fsd_company:7","universalName":"NordWind-Labs","name":"Nordwind Labs GmbH","websiteUrl":"https://nordwind.example","industries":["Software Development"]}`;
    const obs = extractPage(page([other(1, 'Viewer Employer'), subject, other(2, 'Similar Co')]), url);
    expect(obs.company).toMatchObject({ name: 'Nordwind Labs GmbH', website: 'https://nordwind.example', industry: 'Software Development' });
  });

  it('by the slug at the end of its URN', () => {
    const subject = `{"$type":"${TYPE}","entityUrn":"urn:li:fsd_company:nordwind-labs","name":"Nordwind","websiteUrl":"https://nordwind.example"}`;
    expect(extractPage(page([other(1, 'Viewer Employer'), subject]), url).company?.website).toBe('https://nordwind.example');
  });

  it('by the name shown in the top card, spaced differently in the JSON', () => {
    const subject = `{"$type":"${TYPE}","entityUrn":"urn:li:fsd_company:9","universalName":"nwl","name":"Nordwind  Labs","websiteUrl":"https://nordwind.example"}`;
    const obs = extractPage(page([other(1, 'Nordwind Consulting'), subject], 'Nordwind Labs'), 'https://www.linkedin.com/company/12345/');
    expect(obs.company?.website).toBe('https://nordwind.example');
  });

  it('with its name written with JSON escapes', () => {
    const subject = `{"$type":"${TYPE}","entityUrn":"urn:li:fsd_company:9","universalName":"x","name":"Nordwind \\u004cabs","websiteUrl":"https://nordwind.example"}`;
    const obs = extractPage(page([other(1, 'Nordwind Consulting'), subject], 'Nordwind Labs'), 'https://www.linkedin.com/company/12345/');
    expect(obs.company?.website).toBe('https://nordwind.example');
  });

  it('by a slug written with a character that lowers to ASCII (Kelvin sign, dotted capital I)', () => {
    for (const [written, slug] of [['\u212aiosk-Labs', 'kiosk-labs'], ['\u0130nsel-Data', 'i\u0307nsel-data']] as const) {
      const subject = `{"$type":"${TYPE}","entityUrn":"urn:li:fsd_company:7","universalName":"${written}","name":"Subject Co","websiteUrl":"https://subject.example"}`;
      const obs = extractPage(page([other(1, 'Viewer Employer'), subject]), `https://www.linkedin.com/company/${slug}/`);
      expect(obs.company?.website, written).toBe('https://subject.example');
    }
  });

  it('with a shown name whose characters JSON writes with a short escape (\\" for a quote)', () => {
    const subject = `{"$type":"${TYPE}","entityUrn":"urn:li:fsd_company:9","universalName":"x","name":"Studio \\"Nord\\" Labs","websiteUrl":"https://nord.example"}`;
    const obs = extractPage(page([other(1, 'Viewer Employer'), subject], 'Studio &quot;Nord&quot; Labs'), 'https://www.linkedin.com/company/12345/');
    expect(obs.company?.website).toBe('https://nord.example');
  });

  it('the top card wins over the JSON for what both give; the JSON fills only the rest', () => {
    const subject = `{"$type":"${TYPE}","entityUrn":"urn:li:fsd_company:7","universalName":"nordwind-labs","name":"Nordwind Labs","websiteUrl":"https://nordwind.example","industries":["Retail"],"foundedOn":{"year":2011},"headquarter":{"address":{"city":"Elsewhere","geographicArea":"XX"}}}`;
    const top = `<h1 class="org-top-card-summary__title">Nordwind Labs</h1><div class="org-top-card-summary-info-list__info-item">Software Development</div><div class="org-top-card-summary-info-list__info-item">Hamburg, Germany</div>`;
    const block = `{"included":[${other(1, 'Viewer Employer')},${subject}]}`;
    const doc = parseDocument(`<html><head><title>LinkedIn</title></head><body><main>${top}</main><code id="bpr-guid-1">${esc(block)}</code></body></html>`);
    const obs = extractPage(doc, 'https://www.linkedin.com/company/nordwind-labs/');
    expect(obs.company).toMatchObject({ name: 'Nordwind Labs', industry: 'Software Development', headquarters: 'Hamburg, Germany', founded: 2011, website: 'https://nordwind.example' });
    expect(obs.evidence['company.industry']?.source).toBe('selector');
  });

  it('never another company when the subject is not in the JSON', () => {
    const obs = extractPage(page([other(1, 'Viewer Employer'), other(2, 'Similar Co')]), url);
    expect(JSON.stringify(obs)).not.toMatch(/Viewer Employer|Similar Co|other\d\.example/);
  });
});
