// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '@/lib/extract';
import { embeddedPositions, experiencePositions, rangeIsCurrent } from '@/lib/sites/linkedin-experience';
import { loadFixture } from '../helpers/fixtures';

/** Fixtures written for LeadFit, one per markup generation of the Experience section. */
const read = (name: string) => {
  const f = loadFixture('linkedin', name);
  return { obs: extractPage(parseDocument(f.html), f.url), doc: parseDocument(f.html), url: f.url };
};

describe('Experience section: the current position fills title, company and company page', () => {
  const cases = [
    // [fixture, title, company, company page, generation named in the evidence]
    ['person-experience-guest-2024', 'VP Operations', 'Norrsken Logistics', 'https://www.linkedin.com/company/norrsken-logistics/', 'guest 2024'],
    ['person-experience-loggedin-2025', 'Director of Data & Analytics', 'Wisła Fulfilment', 'https://www.linkedin.com/company/4410271/', 'logged-in 2024–2025'],
    ['person-experience-ember-2018', 'Head of Hardware Programs', 'Kumo Devices', 'https://www.linkedin.com/company/10377412/', 'Ember 2018'],
    ['person-experience-public-2015', 'Geschäftsführer', 'Brenner & Kolb', 'https://www.linkedin.com/company/brenner-%26-kolb/', 'public 2015'],
    ['person-experience-public-2013', 'Director of Patient Access', 'Saguaro Medical Group', 'https://www.linkedin.com/company/saguaro-medical-group/', 'public 2013'],
    ['person-experience-embedded-json-2018', 'Head of Payments Platform', 'Qamar Finance', 'https://www.linkedin.com/company/4402718/', 'embedded JSON'],
  ] as const;
  for (const [name, title, company, url, generation] of cases) {
    it(`${name}: headline without a title, a past position listed first, several current ones (the first wins)`, () => {
      const { obs } = read(name);
      expect(obs.person).toMatchObject({ title, company, companyLinkedinUrl: url });
      const ev = obs.evidence['person.title'];
      expect(ev?.snippet).toContain(`Experience (${generation})`);
      expect(ev?.snippet).toContain(title);
      expect(obs.missing).not.toContain('person.title');
    });
  }

  it('never takes a past position (one with an end date) as current', () => {
    for (const [name] of cases) {
      const { doc, url } = read(name);
      const positions = [...experiencePositions(doc, url), ...embeddedPositions(doc, url)];
      const past = positions.filter((p) => /Mar 2024|Dec 2021|Jun 2016|Dec 2017|Dezember 2013|June 2011|2016|Mar 2018/.test(p.dates) && !/Present|Heute/.test(p.dates));
      expect(past.length, name).toBeGreaterThan(0);
      for (const p of past) expect(p.current, `${name}: ${p.title}`).toBe(false);
    }
  });

  it('with the current company known from the top card, takes the title of that position, not of the first one', () => {
    const { obs } = read('person-experience-loggedin-button-2024');
    expect(obs.person).toMatchObject({ company: 'Baltic Founders Lab', title: 'Mentor', companyLinkedinUrl: 'https://www.linkedin.com/company/88120455/' });
    expect(obs.evidence['person.company']?.snippet).toContain('Current company');
  });

  it('reads the subject only: the viewer positions in the same embedded JSON never count', () => {
    const { obs, doc, url } = read('person-experience-embedded-json-2018');
    expect(JSON.stringify(obs)).not.toContain('Viewer Corp');
    expect(embeddedPositions(doc, url).map((p) => p.company)).toEqual(['Levant Pay', 'Qamar Finance', 'Amman Startup Hub']);
    // Another profile's URL: the JSON describes nobody on that page.
    expect(embeddedPositions(doc, 'https://www.linkedin.com/in/someone-else/')).toEqual([]);
  });

  it('never overrides a title already read from the headline for the current company', () => {
    const html = loadFixture('linkedin', 'person-experience-loggedin-button-2024').html.replace(
      'Turning warehouse data into decisions | Speaker | Runner',
      'Mentor &amp; Investor at Baltic Founders Lab',
    );
    const obs = extractPage(parseDocument(html), 'https://www.linkedin.com/in/tomasz-wieczorek-example/');
    expect(obs.person).toMatchObject({ title: 'Mentor & Investor', company: 'Baltic Founders Lab', companyLinkedinUrl: 'https://www.linkedin.com/company/88120455/' });
  });

  it('positions without dates are not known to be current: nothing is filled', () => {
    const html = loadFixture('linkedin', 'person-experience-loggedin-2025').html.replace(/<span class="pvs-entity__caption-wrapper"[^>]*>.*?<\/span>/g, '');
    const obs = extractPage(parseDocument(html), 'https://www.linkedin.com/in/tomasz-wieczorek-example/');
    expect(obs.person?.title ?? null).toBeNull();
    expect(obs.person?.company ?? null).toBeNull();
  });

  it('2024 dash JSON: dateRange without an end is current, with one is past', () => {
    const json = {
      included: [
        { $type: 'com.linkedin.voyager.dash.identity.profile.Profile', entityUrn: 'urn:li:fsd_profile:ACoAAB00DASH', publicIdentifier: 'ines-dash' },
        { $type: 'com.linkedin.voyager.dash.identity.profile.Position', entityUrn: 'urn:li:fsd_position:(ACoAAB00DASH,1)', title: 'Analyst', companyName: 'Old Co', companyUrn: 'urn:li:fsd_company:11', dateRange: { start: { year: 2015 }, end: { year: 2019 } } },
        { $type: 'com.linkedin.voyager.dash.identity.profile.Position', entityUrn: 'urn:li:fsd_position:(ACoAAB00DASH,2)', title: 'Lead Analyst', companyName: 'New Co', companyUrn: 'urn:li:fsd_company:22', dateRange: { start: { month: 2, year: 2019 } } },
      ],
    };
    const doc = parseDocument(`<html><head><title>Ines Dash | LinkedIn</title></head><body><code>${JSON.stringify(json)}</code></body></html>`);
    const positions = embeddedPositions(doc, 'https://www.linkedin.com/in/ines-dash/');
    expect(positions.map((p) => [p.title, p.current, p.companyLinkedinUrl])).toEqual([
      ['Analyst', false, 'https://www.linkedin.com/company/11/'],
      ['Lead Analyst', true, 'https://www.linkedin.com/company/22/'],
    ]);
  });

  it('date ranges: open ends in several languages are current, closed ones are not', () => {
    for (const open of ['Jun 2023 - Present · 1 yr 11 mos', '2008 – Present (7 years)', 'Januar 2014 – Heute (1 Jahr)', 'janv. 2020 - aujourd’hui', 'feb. 2019 - actualidad', '2019年2月 - 現在', 'Dec 2008 – ']) {
      expect(rangeIsCurrent(open), open).toBe(true);
    }
    for (const closed of ['Jan 2014 - Dec 2017 · 4 yrs', 'April 2016 – July 2016 (4 months)', '2002 – 2008', '', '5 yrs 11 mos', 'Guayaquil', 'Present']) {
      expect(rangeIsCurrent(closed), closed).toBe(false);
    }
    expect(rangeIsCurrent('Apr 2019 - Feb 2020', 2)).toBe(false);
  });
});

describe('Experience read for one position stops there, with the same pick', () => {
  const names = ['person-experience-guest-2024', 'person-experience-loggedin-2025', 'person-experience-ember-2018', 'person-experience-public-2015', 'person-experience-public-2013'];
  it.each(names)('%s: the list ends at the first accepted position, which is the full list first accepted one', (name) => {
    const { doc, url } = read(name);
    const full = experiencePositions(doc, url);
    const wanted = (p: { current: boolean }) => p.current;
    const short = experiencePositions(doc, url, wanted);
    const at = full.findIndex(wanted);
    expect(at, 'fixture has a current position').toBeGreaterThanOrEqual(0);
    expect(short).toEqual(full.slice(0, at + 1));
    // Never accepted: the whole list, as without a stop.
    expect(experiencePositions(doc, url, () => false)).toEqual(full);
  });
});
