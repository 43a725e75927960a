import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** Firefox's reserved name for opening the sidebar carries no description of ours. */
const RESERVED_DESCRIPTION: Record<string, string> = {
  _execute_sidebar_action: 'Open the LeadFit side panel',
  _execute_action: 'Open the LeadFit popup',
  _execute_browser_action: 'Open the LeadFit popup',
};

/**
 * The keyboard shortcuts as the browser has them now (`commands.getAll()`: the rep may have
 * changed or cleared a key), read-only: browsers let only their own settings page change them.
 */
export function Shortcuts() {
  const [shortcuts, setShortcuts] = useState<Shortcut[] | null>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    browser.commands
      .getAll()
      .then((all) =>
        setShortcuts(
          all
            .filter((c) => c.name && !c.name.startsWith('wxt:'))
            .map((c) => ({ name: c.name!, description: c.description || RESERVED_DESCRIPTION[c.name!] || c.name!, shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch((err: Error) => setError(`The shortcuts could not be read: ${err.message}`));
  }, []);
  const isFirefox = typeof (browser as unknown as { sidebarAction?: unknown }).sidebarAction === 'object';
  return (
    <section className="card" aria-labelledby="shortcuts-heading" data-testid="shortcuts">
      <h2 id="shortcuts-heading">Keyboard shortcuts</h2>
      {error && (
        <p className="bad" role="alert">
          {error}
        </p>
      )}
      {!shortcuts && !error && <p className="muted">Loading…</p>}
      {shortcuts && (
        <table>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name} data-testid="shortcut" data-command={s.name}>
                <td>{s.description}</td>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span className="muted">not set</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">
        They act on the active tab: copy its best talking point, mark its account. To change a key, open{' '}
        {isFirefox ? 'about:addons → ⚙ → Manage Extension Shortcuts' : 'chrome://extensions/shortcuts'} (browsers let only that page change them).
      </p>
    </section>
  );
}
