import { useState, type ReactNode } from 'react';

/**
 * A collapsible part of the popup below the summary (criteria, persona, more talking points,
 * research, account). Its open/closed state is remembered per section in the extension page's
 * `localStorage` (shared by the popup and the side panel: same origin), so a rep who folds the
 * criteria away finds them folded on the next prospect. Only a UI preference, so it is not synced
 * and a storage failure (private mode, quota) just falls back to open.
 */
const KEY = 'leadfit.section.';

export function sectionOpen(id: string): boolean {
  try {
    return localStorage.getItem(KEY + id) !== 'closed';
  } catch {
    return true;
  }
}

function remember(id: string, open: boolean): void {
  try {
    if (open) localStorage.removeItem(KEY + id);
    else localStorage.setItem(KEY + id, 'closed');
  } catch {
    // A preference only: nothing to lose.
  }
}

export function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  const [open, setOpen] = useState(() => sectionOpen(id));
  return (
    <details
      className="section"
      data-testid={`section-${id}`}
      open={open}
      onToggle={(e) => {
        const now = e.currentTarget.open;
        if (now === open) return;
        setOpen(now);
        remember(id, now);
      }}
    >
      <summary className="section-title">{title}</summary>
      {children}
    </details>
  );
}
