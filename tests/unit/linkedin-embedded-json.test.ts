import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { deref, readEmbeddedJson, readEmbeddedJsonOfType } from '../../lib/sites/embedded-json';

const COMPANY = /organization\.Company$|dash\.organization\.Company$/;
const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

function page(...blocks: unknown[]): Document {
  return parseDocument(`<html><body>${blocks.map((b, i) => `<code id="d${i}">${esc(typeof b === 'string' ? b : JSON.stringify(b))}</code>`).join('')}</body></html>`);
}

/** What a caller of the lazy reader sees, as the eager reader would give it. */
function view(json: ReturnType<typeof readEmbeddedJson>, ids: string[]) {
  const companies = json.objects.filter((o) => typeof o.$type === 'string' && COMPANY.test(o.$type));
  return { companies, refs: ids.map((id) => deref(json, id)) };
}

describe('embedded JSON read lazily, by type, gives what the whole parse gives', () => {
  const urn = 'urn:li:fsd_company:42';
  const range = 'urn:li:fsd_staffCountRange:51-200';
  const industry = 'urn:li:fsd_industry:4';
  const tricky = 'Braces { and } in "quotes" \\ and a fake "$type":"x.organization.Company" inside a string';
  const data = {
    data: { '*elements': [urn] },
    included: [
      { $type: 'com.linkedin.voyager.dash.organization.Company', entityUrn: urn, name: 'Acme', description: tricky, staffCountRange: range, '*industry': [industry], nested: { a: [1, { b: '}' }] } },
      { $type: 'com.linkedin.voyager.dash.common.StaffCountRange', entityUrn: range, start: 51, end: 200 },
      { $type: 'com.linkedin.voyager.dash.common.Industry', entityUrn: industry, name: 'Software' },
      // The same id again with more fields: the fuller one is the one indexed.
      { $type: 'com.linkedin.voyager.dash.common.Industry', entityUrn: industry, name: 'Software Development', localizedName: 'Software Development' },
      { $type: 'com.linkedin.voyager.dash.organization.Company', entityUrn: 'urn:li:fsd_company:7', name: 'Other Co', '*industry': [industry] },
      { $id: 'id-1', entityUrn: 'urn:li:ignored', name: 'indexed by $id, not by entityUrn' },
    ],
  };

  it('finds every object of the type and follows references to the same objects', () => {
    const ids = [range, industry, 'id-1', 'urn:li:ignored', 'urn:li:nothing'];
    const eager = view(readEmbeddedJson(page(data), []), ids);
    const lazy = view(readEmbeddedJsonOfType(page(data), [], COMPANY), ids);
    expect(lazy).toEqual(eager);
    expect(lazy.companies.map((c) => c.name)).toEqual(['Acme', 'Other Co']);
    expect(lazy.refs[1]).toMatchObject({ name: 'Software Development' });
    expect(lazy.refs[3]).toBeNull();
  });

  it('reads only the blocks that mention the subject, like the whole parse', () => {
    const other = { included: [{ $type: 'com.linkedin.voyager.dash.organization.Company', entityUrn: 'urn:li:fsd_company:9', name: 'Feed Co' }] };
    const needles = ['"name":"Acme"'];
    expect(view(readEmbeddedJsonOfType(page(other, data), needles, COMPANY), [range])).toEqual(view(readEmbeddedJson(page(other, data), needles), [range]));
  });

  it('skips broken and truncated blocks without throwing', () => {
    const broken = '{"included":[{"$type":"com.linkedin.voyager.dash.organization.Company","name":"Cut';
    const lazy = readEmbeddedJsonOfType(page(broken, data), [], COMPANY);
    expect(lazy.objects.map((c) => c.name)).toEqual(['Acme', 'Other Co']);
  });
});
