// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { extractPage } from '@/lib/extract';
import { loadFixture, type FixtureSite } from '../helpers/fixtures';

/** The failure classes of issue #12, one written fixture each (never copies of real pages). */
function read(site: FixtureSite, name: string) {
  const f = loadFixture(site, name);
  return extractPage(parseDocument(f.html), f.url);
}

describe('company sites: names from ranked sources, facts from the right pages', () => {
  it('takes the brand from the title segment that agrees with the domain, not a word of the description', () => {
    const obs = read('company-site', 'title-brand-only');
    expect(obs.company?.name).toBe('Together AI');
    expect(obs.page).toBe('home');
  });

  it('reads headquarters and founding year from prose on a home page, with the sentence as evidence', () => {
    const obs = read('company-site', 'title-brand-only');
    expect(obs.company?.headquarters).toBe('San Francisco, CA 94114');
    expect(obs.company?.founded).toBe(2022);
    expect(obs.evidence['company.founded']?.snippet).toContain('founded in 2022');
  });

  it('a blog post says so: no description, no prose facts about a customer, a clean footer address', () => {
    const obs = read('company-site', 'blog-post-footer-phone');
    expect(obs.page).toBe('blog');
    expect(obs.company?.name).toBe('Northwind');
    expect(obs.company?.description).toBeNull();
    expect(obs.missing).toContain('company.description');
    expect(obs.company?.founded).toBeNull();
    expect(obs.company?.employees).toBeNull();
    expect(obs.company?.headquarters).toBe('108 Morris St, Suite 200, Durham, NC 27701');
  });
});

describe('LinkedIn: no invented names, no glyphs', () => {
  it('a "could not be found" page is not a profile', () => {
    const obs = read('linkedin', 'person-not-found');
    expect(obs.person).toBeNull();
    expect(obs.missing.find((m) => m.startsWith('not a profile'))).toContain('could not be found');
  });

  it('an icon-font glyph never reaches the company name', () => {
    const obs = read('linkedin', 'company-glyph-name');
    expect(obs.company?.name).toBe('Substrate');
    expect(obs.evidence['company.name']?.snippet).not.toContain('꩜');
  });
});
