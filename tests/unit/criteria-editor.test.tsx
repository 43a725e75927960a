// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { IcpEditor } from '@/components/options/IcpEditor';
import { parsePack, type Pack } from '@/lib/profiles/schema';
import { CRITERIA, CRITERION_IDS } from '@/lib/scoring/criteria';

/** The options editor's criteria come from the registry: every criterion, its fields and its default. */
afterEach(cleanup);

function packWith(criteria: Record<string, unknown>): Pack {
  const result = parsePack({
    id: 't',
    name: 'T',
    version: 1,
    publishedAt: '2026-01-01T00:00:00Z',
    publishedBy: 'Mo',
    icps: [{ id: 'icp', name: 'ICP', criteria }],
  });
  if (!result.ok) throw new Error(JSON.stringify(result.errors));
  return result.pack;
}

/** The editor over a draft held in state, as ProfilesSection holds it; `latest` is the draft after each edit. */
function renderEditor(initial: Pack): { latest: () => Pack } {
  let current = initial;
  function Harness() {
    const [pack, setPack] = useState(initial);
    const edit = (fn: (draft: Pack) => void) =>
      setPack((prev) => {
        const draft = structuredClone(prev);
        fn(draft);
        current = draft;
        return draft;
      });
    return <IcpEditor pack={pack} index={0} edit={edit} onRemove={() => undefined} />;
  }
  render(<Harness />);
  return { latest: () => current };
}

const box = (title: string) => screen.getByRole('checkbox', { name: title });

describe('ICP editor criteria', () => {
  it('has one switch per registered criterion, in registry order, and turning each on gives a pack that validates', () => {
    const { latest } = renderEditor(packWith({}));
    const legends = [...document.querySelectorAll('fieldset.criterion-box > legend')].map((l) => l.textContent?.trim());
    expect(legends).toEqual(CRITERION_IDS.map((id) => CRITERIA[id].editor.title));
    for (const id of CRITERION_IDS) fireEvent.click(box(CRITERIA[id].editor.title));
    const criteria = latest().icps[0]!.criteria as Record<string, unknown>;
    for (const id of CRITERION_IDS) expect(criteria[id]).toEqual(CRITERIA[id].defaultValue());
    expect(parsePack(latest()).ok).toBe(true);
    // Every field the modules describe is on screen, with the criterion's weight.
    for (const id of CRITERION_IDS) for (const f of CRITERIA[id].editor.fields) expect(screen.getAllByText(f.label).length).toBeGreaterThan(0);
    expect(screen.getAllByLabelText('Weight (0–100, relative)')).toHaveLength(CRITERION_IDS.length);
  });

  it('edits a number field and turns a criterion off again', () => {
    const { latest } = renderEditor(packWith({ growth: { minPercent: 20, weight: 10 } }));
    const input = screen.getByLabelText('Minimum growth per year (%)');
    fireEvent.change(input, { target: { value: '35' } });
    expect((latest().icps[0]!.criteria as Record<string, unknown>).growth).toEqual({ minPercent: 35, weight: 10 });
    fireEvent.click(box('Growth'));
    expect((latest().icps[0]!.criteria as Record<string, unknown>).growth).toBeUndefined();
  });

  it('names criteria this version does not know, and keeps them', () => {
    const { latest } = renderEditor(packWith({ fundingStage: { stages: ['Series B'], weight: 10 }, industries: { include: ['Banking'], weight: 10 } }));
    expect(screen.getByTestId('unknown-criteria').textContent).toContain('"fundingStage"');
    fireEvent.click(within(box('Industries').closest('fieldset') as HTMLElement).getByRole('checkbox', { name: 'Also match sub-industries (“Software” matches “Software Development”)' }));
    const criteria = latest().icps[0]!.criteria as Record<string, unknown>;
    expect(criteria.industries).toMatchObject({ include: ['Banking'], includeChildren: false });
    expect(criteria.fundingStage).toEqual({ stages: ['Series B'], weight: 10 });
  });
});
