// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { ChipsField } from '@/components/options/fields';
import { IndustryPicker } from '@/components/options/IndustryPicker';
import { splitTerms, searchIndustries, industryStatus } from '@/components/options/terms';
import { INDUSTRY_NAMES } from '@/lib/normalize/industry';

afterEach(cleanup);

/** The picker over a value held in state; `latest` is the value after each change. */
function renderPicker(initial: string[] = [], Field: typeof ChipsField = IndustryPicker) {
  let current = initial;
  function Harness() {
    const [value, setValue] = useState(initial);
    return (
      <Field
        label="Include industries"
        path="icps[0].criteria.industries.include"
        suggestions="industry-names"
        value={value}
        onChange={(v) => {
          current = v;
          setValue(v);
        }}
      />
    );
  }
  render(<Harness />);
  return { latest: () => current, input: screen.getByRole('combobox', { name: 'Include industries' }) as HTMLInputElement };
}

const COMMA_NAMES = INDUSTRY_NAMES.filter((n) => n.includes(','));

describe('industry picker', () => {
  it('the taxonomy has names with commas (what this guards)', () => {
    expect(COMMA_NAMES).toContain('Technology, Information and Internet');
    expect(COMMA_NAMES.length).toBeGreaterThan(5);
  });

  it('searches the taxonomy and picks a comma name as one value with the keyboard', () => {
    const { latest, input } = renderPicker();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'information internet' } });
    expect(input.getAttribute('aria-expanded')).toBe('true');
    const listbox = screen.getByRole('listbox');
    expect(input.getAttribute('aria-controls')).toBe(listbox.id);
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options[0]).toBe('Technology, Information and Internet');
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(screen.getAllByRole('option')[0]!.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(latest()).toEqual(['Technology, Information and Internet']);
    expect(input.value).toBe('');
  });

  it('keeps every comma name whole when typed or pasted with Enter, and splits other commas', () => {
    for (const name of COMMA_NAMES) {
      const { latest, input } = renderPicker();
      fireEvent.change(input, { target: { value: name.toLowerCase() } });
      fireEvent.keyDown(input, { key: 'Enter' });
      expect(latest()).toEqual([name]);
      cleanup();
    }
    const { latest, input } = renderPicker();
    fireEvent.change(input, { target: { value: 'Software Development, Transportation, Logistics, Supply Chain and Storage, B2B SaaS' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(latest()).toEqual(['Software Development', 'Transportation, Logistics, Supply Chain and Storage', 'B2B SaaS']);
  });

  it('picks with the mouse and marks free text that is not a taxonomy name', () => {
    const { latest, input } = renderPicker();
    fireEvent.focus(input);
    fireEvent.change(input, { target: { value: 'banking' } });
    fireEvent.mouseDown(screen.getByRole('option', { name: 'Banking' }));
    fireEvent.change(input, { target: { value: 'Quantum widgets' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(latest()).toEqual(['Banking', 'Quantum widgets']);
    const chips = screen.getAllByTestId('industry-chip');
    expect(chips[0]!.getAttribute('data-status')).toBe('taxonomy');
    expect(chips[1]!.getAttribute('data-status')).toBe('free');
    expect(chips[1]!.textContent).toMatch(/not a LinkedIn industry/);
    expect(chips[0]!.textContent).not.toMatch(/not a LinkedIn industry/);
  });

  it('Escape closes the list; Backspace on empty removes the last value', () => {
    const { latest, input } = renderPicker(['Banking', 'Software Development']);
    fireEvent.focus(input);
    expect(screen.getByRole('listbox', { hidden: true }).hidden).toBe(false);
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(input.getAttribute('aria-expanded')).toBe('false');
    fireEvent.keyDown(input, { key: 'Backspace' });
    expect(latest()).toEqual(['Banking']);
  });

  it('ChipsField with industry suggestions is the picker', () => {
    const { latest, input } = renderPicker([], ChipsField);
    fireEvent.change(input, { target: { value: 'Technology, Information and Internet' } });
    fireEvent.blur(input);
    expect(latest()).toEqual(['Technology, Information and Internet']);
  });
});

describe('typed tags elsewhere', () => {
  it('a comma does not end a term that is the start of a taxonomy name', () => {
    let value: string[] = [];
    render(<ChipsField label="Values" path="x" value={[]} onChange={(v) => (value = v)} />);
    const input = screen.getByLabelText('Values');
    fireEvent.change(input, { target: { value: 'Technology' } });
    // "Technology," may become "Technology, Information and Internet": the comma is typed, not a separator.
    expect(fireEvent.keyDown(input, { key: ',' })).toBe(true);
    expect(value).toEqual([]);
    fireEvent.change(input, { target: { value: 'Technology, Information and Internet, revops' } });
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(value).toEqual(['Technology, Information and Internet', 'revops']);
  });

  it('splitTerms, searchIndustries, industryStatus', () => {
    expect(splitTerms(' a ,, b ')).toEqual(['a', 'b']);
    expect(splitTerms('technology,information and internet')).toEqual(['Technology, Information and Internet']);
    expect(searchIndustries('software')[0]).toBe('Software Development');
    expect(industryStatus('Software Development')).toEqual({ kind: 'taxonomy' });
    expect(industryStatus('zzz qqq')).toEqual({ kind: 'free' });
  });
});
