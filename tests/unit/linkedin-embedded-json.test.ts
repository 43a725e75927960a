import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { deref, indexOfNeedle, readEmbeddedJson, readEmbeddedJsonOfType, readEmbeddedJsonWith } from '../../lib/sites/embedded-json';

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

describe('indexOfNeedle (the needle search on datalets) finds what indexOf finds', () => {
  const text = JSON.stringify({
    a: [{ name: 'Acme Corp', universalName: 'acme' }, { name: 'Acme', entityUrn: 'urn:li:fsd_company:42' }, { name: 'Acm', x: '"name":"Acme' }],
    b: 'Name":"Acme" without its key, and "$type":"x" and \\"name\\":\\"Acme\\"',
  });
  const needles = ['"name":"Acme"', '"name":"Acme Corp"', '"universalName":"acme"', '"entityUrn":"urn:li:fsd_company:42"', ':acme"', '"$type":"x"', '"name":"Nobody"', 'Acme', '"', '":"', 'me"'];
  it.each(needles)('%s', (needle) => {
    for (let from = 0; from <= text.length; from += 7) expect(indexOfNeedle(text, needle, from)).toBe(text.indexOf(needle, from));
  });
});

describe('embedded JSON read by type and keys lists what the whole parse lists, in its order', () => {
  const me = 'urn:li:fsd_profile:ACoAAB1';
  const data = {
    data: { '*elements': [me] },
    included: [
      // A position nested in a profile (opens after its parent, its key comes first), a position
      // found by its key alone (no type), one by its type alone, and a string that only looks like a key.
      { publicIdentifier: 'jane-doe', entityUrn: me, featured: { $type: 'x.dash.identity.profile.Position', entityUrn: 'urn:li:fsd_position:(ACoAAB1,1)', companyName: 'Nested Co' }, $type: 'x.dash.identity.profile.Profile' },
      { entityUrn: 'urn:li:fsd_position:(ACoAAB1,2)', companyName: 'Untyped Co', dateRange: { start: { year: 2020 } } },
      { $type: 'x.dash.identity.profile.Position', entityUrn: 'urn:li:fsd_position:(ACoAAB1,3)', title: 'Typed only' },
      { $type: 'x.Other', note: 'text with "companyName": in it and "$type":"y.Position" too' },
      { publicIdentifier: 'someone-else', entityUrn: 'urn:li:fsd_profile:ACoAAB2' },
    ],
  };
  it('same objects, same order, each once', () => {
    const wanted = (o: Record<string, unknown>) => (typeof o.$type === 'string' && /\.Position$/.test(o.$type)) || 'publicIdentifier' in o || 'companyName' in o;
    const eager = readEmbeddedJson(page(data), []).objects.filter(wanted);
    const lazy = readEmbeddedJsonWith(page(data), [], /\.Position$/, ['"publicIdentifier":', '"companyName":']).objects;
    expect(lazy).toEqual(eager);
    expect(lazy.map((o) => o.entityUrn)).toEqual([me, 'urn:li:fsd_position:(ACoAAB1,1)', 'urn:li:fsd_position:(ACoAAB1,2)', 'urn:li:fsd_position:(ACoAAB1,3)', 'urn:li:fsd_profile:ACoAAB2']);
  });
});
