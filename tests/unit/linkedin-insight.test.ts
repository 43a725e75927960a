// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../cli/parse-html';
import { textOf } from '@/lib/extract/dom';
import { extractPage } from '@/lib/extract';
import { isInsightLine, mayHoldInsight } from '@/lib/sites/insight';

/**
 * The search reader skips looking for an insight line in a card whose text has no label at all
 * (mayHoldInsight): that must never skip a card where some element's text is an insight line.
 */
describe('mayHoldInsight never hides an insight line', () => {
  const labels = ['Current', 'Currently', 'Aktuell', 'Actuelle', 'Actualmente', 'Atualmente', 'Past', 'Früher', 'Précédent', 'CURRENT', 'Nuvarande', 'Obecnie'];
  // Whatever sits between the label and its colon that `clean` makes one space of.
  const gaps = ['', ' ', '\n  ', '\u00a0', '\u200b', ' \u200e', '\u2060'];
  const card = (inner: string) => parseDocument(`<html><body><ul><li class="card"><div><a href="/in/x/"><span aria-hidden="true">Jane Doe</span></a><p>VP Sales at Acme</p>${inner}</div></li></ul></body></html>`).querySelector('.card')!;

  it.each(labels)('%s: with every kind of gap before the colon', (label) => {
    for (const gap of gaps) {
      const c = card(`<div class="insight"><span>${label}${gap}: Chief Revenue Officer at Fernhill</span></div>`);
      const lines = Array.from(c.querySelectorAll('p, div, span')).map(textOf).filter(isInsightLine);
      expect(lines.length, JSON.stringify(gap)).toBeGreaterThan(0);
      expect(mayHoldInsight(c), JSON.stringify(gap)).toBe(true);
    }
  });

  it('a card without a label has none', () => {
    const c = card('<div><span>500+ connections</span><span>Message</span></div>');
    expect(Array.from(c.querySelectorAll('p, div, span')).map(textOf).some(isInsightLine)).toBe(false);
    expect(mayHoldInsight(c)).toBe(false);
  });
});

describe('a search card: links inside its insight block are never the person', () => {
  const card = (insightClass: string) => `<li class="reusable-search__result-container"><div>
      <div class="${insightClass}"><a href="https://www.linkedin.com/in/mutual-friend/"><span aria-hidden="true">Max Mutual</span></a> is a mutual connection</div>
      <a href="https://www.linkedin.com/in/jane-doe/"><span aria-hidden="true">Jane Doe</span></a>
      <div class="t-14 t-normal">VP Sales at Acme</div><div class="t-14 t-normal">Berlin</div></div></li>`;
  it.each(['entity-result__insights', 'x-insight-row', 'entity-result__simple-insight-text'])('insight block class %s', (cls) => {
    const doc = parseDocument(`<!doctype html><html><body><main><ul>${card(cls)}</ul></main></body></html>`);
    const obs = extractPage(doc, 'https://www.linkedin.com/search/results/people/?keywords=acme');
    expect(obs.people.map((p) => [p.name, p.linkedinUrl])).toEqual([['Jane Doe', 'https://www.linkedin.com/in/jane-doe/']]);
  });
});
