// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { ActivePack } from '@/lib/messaging';
import { loadStarterPack } from '@/lib/profiles/starter';
import { DEFAULT_SETTINGS } from '@/lib/settings';

/** The error summary of the profile editor: sentences in words, each a link that focuses its field. */
vi.mock('@/lib/rpc', () => ({
  send: async () => ({ ok: false, error: 'not in this test' }),
  call: async () => {
    throw new Error('not in this test');
  },
}));
const { ProfilesSection } = await import('@/components/options/ProfilesSection');

afterEach(cleanup);

describe('error summary links', () => {
  it('says which persona and field in words and focuses the field on click', async () => {
    const pack = loadStarterPack();
    const mike = pack.personas.findIndex((p) => p.name === 'Mike the RevOps Manager');
    expect(mike).toBeGreaterThanOrEqual(0);
    pack.personas[mike]!.match = { departments: [], seniorities: [], titleKeywords: [], excludeKeywords: [] };
    pack.icps[0]!.tiers.A = 10;
    const active: ActivePack = { pack, source: 'edited', updatedAt: '2026-01-01T00:00:00Z' };
    HTMLElement.prototype.scrollIntoView = vi.fn();
    render(<ProfilesSection active={active} settings={DEFAULT_SETTINGS} onActive={() => undefined} />);

    const links = screen.getAllByTestId('pack-error-link');
    const texts = links.map((l) => l.textContent);
    expect(texts).toContain('Persona “Mike the RevOps Manager”: pick at least one department or seniority, or type a title keyword');
    expect(texts.some((t) => t?.startsWith(`ICP “${pack.icps[0]!.name}”: Tier cut-offs`))).toBe(true);
    expect(texts.join(' ')).not.toMatch(/personas\[|icps\[/);

    // The persona's error opens that persona and focuses "Who matches", where the error is shown.
    fireEvent.click(links.find((l) => l.textContent?.startsWith('Persona “Mike'))!);
    await waitFor(() => expect(document.activeElement?.textContent).toBe('Who matches'));
    expect(document.activeElement?.id).toBe(`f-personas_${mike}_match`);
    expect(HTMLElement.prototype.scrollIntoView).toHaveBeenCalled();

    // The tier error opens the ICP and focuses the first tier input.
    fireEvent.click(links.find((l) => l.textContent?.includes('Tier cut-offs'))!);
    await waitFor(() => expect(document.activeElement?.id).toBe('f-icps_0_tiers_A'));
  });
});
