import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { t } from '../i18n';

interface Shortcut {
  name: string;
  description: string;
  shortcut: string;
}

/** Firefox's reserved name for opening the sidebar carries no description of ours. */
function reservedDescription(name: string): string | null {
  if (name === '_execute_sidebar_action') return t('shortcuts.openSidePanel');
  if (name === '_execute_action' || name === '_execute_browser_action') return t('shortcuts.openPopup');
  return null;
}

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
            .map((c) => ({ name: c.name!, description: c.description || reservedDescription(c.name!) || c.name!, shortcut: c.shortcut ?? '' })),
        ),
      )
      .catch((err: Error) => setError(t('shortcuts.readFailed', { error: err.message })));
  }, []);
  const isFirefox = typeof (browser as unknown as { sidebarAction?: unknown }).sidebarAction === 'object';
  return (
    <section className="card" aria-labelledby="shortcuts-heading" data-testid="shortcuts">
      <h2 id="shortcuts-heading">{t('shortcuts.title')}</h2>
      {error && (
        <p className="bad" role="alert">
          {error}
        </p>
      )}
      {!shortcuts && !error && <p className="muted">{t('common.loading')}</p>}
      {shortcuts && (
        <table>
          <tbody>
            {shortcuts.map((s) => (
              <tr key={s.name} data-testid="shortcut" data-command={s.name}>
                <td>{s.description}</td>
                <td>{s.shortcut ? <kbd>{s.shortcut}</kbd> : <span className="muted">{t('shortcuts.notSet')}</span>}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <p className="muted small">{t('shortcuts.explain', { page: isFirefox ? t('shortcuts.firefoxPage') : 'chrome://extensions/shortcuts' })}</p>
    </section>
  );
}
