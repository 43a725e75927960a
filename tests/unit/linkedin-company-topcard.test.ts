// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '@/lib/extract';

/**
 * The logged-in top card lists industry, headquarters, followers and the size band without labels,
 * in the rep's UI language. Told apart by shape (a range is the band, a number and one word is the
 * follower count), so a count or a band is never taken for the industry or the headquarters in a
 * language the readers have no word for. Markup as in tests/fixtures/linkedin/company-loggedin-2025.html.
 */
const URL_ = 'https://www.linkedin.com/company/fernhill-logistics/';
const topCard = (name: string, items: string[]) =>
  `<html><head><title>${name} | LinkedIn</title></head><body><main><section class="org-top-card"><h1 class="org-top-card-summary__title">${name}</h1>` +
  `<div class="org-top-card-summary-info-list">${items.map((i) => `<div class="org-top-card-summary-info-list__info-item">${i}</div>`).join('')}</div></section></main></body></html>`;
const read = (items: string[]) => extractPage(parseDocument(topCard('Fernhill Logistics', items)), URL_).company;

describe('top-card items in any UI language', () => {
  it.each([
    ['nl', ['Softwareontwikkeling', 'Rotterdam, Zuid-Holland', '12K volgers', '201-500 medewerkers'], 12_000, { min: 201, max: 500 }],
    ['it', ['Sviluppo di software', 'Milano, Lombardia', '3.456 follower', '51-200 dipendenti'], 3456, { min: 51, max: 200 }],
    ['pl', ['Tworzenie oprogramowania', 'Warszawa, Mazowieckie', '1 234 obserwujących', '11–50 pracowników'], 1234, { min: 11, max: 50 }],
    ['sv', ['Mjukvaruutveckling', 'Stockholm, Stockholms län', '980 följare', '10 001+ anställda'], 980, { min: 10_001, max: null }],
    ['tr', ['Yazılım Geliştirme', 'İstanbul, İstanbul', '5B takipçi', '2-10 çalışan'], null, { min: 2, max: 10 }],
  ])('%s: industry, headquarters, followers and the size band each in its place', (_lang, items, followers, employees) => {
    const company = read(items);
    expect(company?.industry).toBe(items[0]);
    expect(company?.headquarters).toBe(items[1]);
    if (followers !== null) expect(company?.followers).toBe(followers);
    expect(company?.employees).toEqual(employees);
  });

  it('without a headquarters item, the follower count and the band are not taken for one', () => {
    const company = read(['Tworzenie oprogramowania', '3.456 obserwujących', '51-200 pracowników']);
    expect(company?.industry).toBe('Tworzenie oprogramowania');
    expect(company?.headquarters).toBeNull();
    expect(company?.followers).toBe(3456);
    expect(company?.employees).toEqual({ min: 51, max: 200 });
  });

  it('an industry that starts with a digit stays the industry', () => {
    const company = read(['3D Printing', 'Austin, Texas', '2K followers']);
    expect(company).toMatchObject({ industry: '3D Printing', headquarters: 'Austin, Texas', followers: 2000 });
  });
});
