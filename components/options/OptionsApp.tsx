import { useEffect, useState } from 'react';
import type { ActivePack } from '@/lib/messaging';
import { INDUSTRY_NAMES } from '@/lib/normalize/industry';
import type { Settings } from '@/lib/settings';
import { call } from '@/lib/rpc';
import { knownTechnologyNames, TECHNOLOGY_CATEGORIES } from '@/lib/technographics/match';
import { ErrorBoundary } from '../ErrorBoundary';
import { t } from '../i18n';
import { AccountsSection } from './AccountsSection';
import { BookSection } from './BookSection';
import { errorText } from './fields';
import { PrivacySection } from './PrivacySection';
import { Shortcuts } from './Shortcuts';
import { ProfilesSection } from './ProfilesSection';
import { SyncSection } from './SyncSection';

type Tab = 'profiles' | 'accounts' | 'privacy' | 'sync' | 'shortcuts';
const TABS: { id: Tab; label: () => string }[] = [
  { id: 'profiles', label: () => t('options.tab.profiles') },
  { id: 'accounts', label: () => t('options.tab.accounts') },
  { id: 'privacy', label: () => t('options.tab.privacy') },
  { id: 'sync', label: () => t('options.tab.sync') },
  { id: 'shortcuts', label: () => t('options.tab.shortcuts') },
];

function initialTab(): Tab {
  const h = location.hash.replace('#', '');
  return TABS.some((x) => x.id === h) ? (h as Tab) : 'profiles';
}

/** Suggestions shared by every chips field (<datalist> ids "industry-names", "technology-names"). */
function Datalists() {
  const [tech] = useState(() => [...new Set([...knownTechnologyNames(), ...TECHNOLOGY_CATEGORIES.map((c) => c.toLowerCase())])]);
  return (
    <>
      <datalist id="industry-names">
        {INDUSTRY_NAMES.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
      <datalist id="technology-names">
        {tech.map((n) => (
          <option key={n} value={n} />
        ))}
      </datalist>
    </>
  );
}

export function OptionsApp() {
  const [tab, setTab] = useState<Tab>(initialTab);
  const [active, setActive] = useState<ActivePack | null>(null);
  const [settings, setSettings] = useState<Settings | null>(null);
  const [error, setError] = useState<string | null>(null);

  const loadPack = () =>
    call({ type: 'getPack' })
      .then(setActive)
      .catch((err) => setError(errorText(err)));
  const loadSettings = () =>
    call({ type: 'getSettings' })
      .then(setSettings)
      .catch((err) => setError(errorText(err)));
  useEffect(() => {
    void loadPack();
    void loadSettings();
  }, []);

  const go = (to: Tab) => {
    setTab(to);
    history.replaceState(null, '', `#${to}`);
  };

  return (
    <div className="options">
      <header className="top-bar">
        <span className="brand">LeadFit</span>
        <span className="muted small">{t('options.title')}</span>
      </header>
      <div className="layout">
        <nav className="side-nav" aria-label={t('options.sections')}>
          {TABS.map((x) => (
            <button key={x.id} type="button" data-testid={`nav-${x.id}`} aria-current={tab === x.id ? 'page' : undefined} onClick={() => go(x.id)}>
              {x.label()}
            </button>
          ))}
        </nav>
        <main className="content">
          {error ? (
            <p className="bad" role="alert">
              {error}
            </p>
          ) : null}
          {/* Kept mounted while hidden so an unsaved draft survives a visit to another section. */}
          {/* One boundary per section: a pack that breaks the editor leaves the other tabs (and the resets) usable. */}
          <div hidden={tab !== 'profiles'}>
            <ErrorBoundary page={t('options.page.profiles')}>
              {active ? <ProfilesSection active={active} settings={settings} onActive={setActive} /> : <p className="muted">{t('common.loading')}</p>}
            </ErrorBoundary>
          </div>
          {tab === 'accounts' ? (
            <ErrorBoundary page={t('options.page.accounts')}>
              <BookSection />
              <AccountsSection active={active} />
            </ErrorBoundary>
          ) : null}
          {tab === 'privacy' ? (
            <ErrorBoundary page={t('options.page.privacy')}>
              <PrivacySection
                settings={settings}
                onSettings={setSettings}
                onDeleted={() => {
                  void loadPack();
                  void loadSettings();
                }}
              />
            </ErrorBoundary>
          ) : null}
          {tab === 'sync' ? (
            <ErrorBoundary page={t('options.page.sync')}>
              <SyncSection settings={settings} onSettings={setSettings} onPackChanged={() => void loadPack()} />
            </ErrorBoundary>
          ) : null}
          {tab === 'shortcuts' ? <Shortcuts /> : null}
        </main>
      </div>
      <Datalists />
    </div>
  );
}
