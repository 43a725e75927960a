// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '@/lib/extract';
import { extractLinkedinPageRaw } from '@/lib/extract/linkedin-page';
import { observationSchema } from '@/lib/observation';
import { loadFixture } from '../helpers/fixtures';

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

/**
 * The About list under labels in the other UI languages: the content script knows the English and German
 * labels; the others travel raw and are read in the background with every language's
 * labels (lib/normalize/titles `labels`), for the fields the page has not stated otherwise.
 */
describe('About-list labels in every UI language', () => {
  it('Dutch About page: website, headquarters, founded, specialties and the member count under the band', () => {
    const f = loadFixture('linkedin', 'company-about-nl-2025');
    const sent = extractLinkedinPageRaw(parseDocument(f.html), f.url);
    expect(sent.raw?.about?.map(([label]) => label)).toEqual(['Sector', 'Bedrijfsgrootte', 'Hoofdkantoor', 'Opgericht', 'Specialismen']);
    const company = extractPage(parseDocument(f.html), f.url).company;
    expect(company).toMatchObject({ website: 'https://www.vandenbergtechniek.nl', employeesOnLinkedin: 187, headquarters: 'Eindhoven, Noord-Brabant', founded: 1974 });
    expect(company?.specialties[0]).toBe('precisiebewerking');
  });

  it.each([
    ['pl', ['Witryna', 'Branża', 'Wielkość firmy', 'Siedziba główna', 'Rok założenia'], ['https://www.kowalski-logistyka.pl', 'Transport i logistyka', '201-500 pracowników', 'Poznań, Wielkopolskie', '1996']],
    ['fr', ['Site web', 'Secteur', 'Taille de l’entreprise', 'Siège social', 'Fondée en'], ['https://www.atelier-moreau.fr', 'Fabrication de machines', '51-200 employés', 'Lyon, Auvergne-Rhône-Alpes', '1987']],
    ['es', ['Sitio web', 'Sector', 'Tamaño de la empresa', 'Sede', 'Fundación'], ['https://www.grupoalvarez.es', 'Construcción', '1.001-5.000 empleados', 'Sevilla, Andalucía', '1979']],
    ['tr', ['Web sitesi', 'Sektör', 'Şirket büyüklüğü', 'Genel merkez', 'Kuruluş'], ['https://www.egeyazilim.com.tr', 'Yazılım Geliştirme', '11-50 çalışan', 'İzmir, İzmir', '2011']],
  ])('%s: a guest About list with no top card', (_lang, labels, values) => {
    const html = `<html><head><title>Acme | LinkedIn</title></head><body><main><h1 class="top-card-layout__title">Acme</h1><dl>${labels.map((l, i) => `<dt>${l}</dt><dd>${values[i]}</dd>`).join('')}</dl></main></body></html>`;
    const company = extractPage(parseDocument(html), URL_).company;
    expect(company).toMatchObject({ website: values[0], industry: values[1], headquarters: values[3], founded: Number(values[4]) });
    expect(company?.employees?.min).toBe(Number(values[2]!.split('-')[0]!.replace('.', '')));
    expect(company?.domain).toBe(new URL(values[0]!).hostname.replace(/^www\./, ''));
  });

  it('an unknown label is not read as anything', () => {
    const html = `<html><body><main><h1 class="top-card-layout__title">Acme</h1><dl><dt>Telefon</dt><dd>+48 61 123 45 67</dd><dt>Hauptsitz</dt><dd>Posen</dd></dl></main></body></html>`;
    const company = extractPage(parseDocument(html), URL_).company;
    expect(company).toMatchObject({ headquarters: 'Posen', founded: null, website: null, industry: null });
  });
});

describe('About-list entries under unknown labels stay within what the background accepts', () => {
  it('a hostile page with huge labels and values still sends a valid observation', () => {
    const huge = 'x'.repeat(100_000);
    const html = `<html><body><main><h1 class="top-card-layout__title">Acme</h1><dl>${Array.from({ length: 40 }, (_, i) => `<dt>${huge}${i}</dt><dd>${huge}</dd><dd>${huge}</dd>`).join('')}</dl></main></body></html>`;
    const sent = extractLinkedinPageRaw(parseDocument(html), URL_);
    expect(sent.raw?.about?.length).toBe(12);
    // What the background does with what a content script sends: validate it (lib/messaging.ts), then complete it.
    expect(observationSchema.safeParse(JSON.parse(JSON.stringify(sent))).success).toBe(true);
  });
});
