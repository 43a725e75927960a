import { useState } from 'react';
import type { Settings } from '@/lib/settings';
import { call } from '@/lib/rpc';
import { t } from '../i18n';
import { errorText } from './fields';

/**
 * Options → Privacy: automatic company research (#11; lib/background/auto-research.ts), off by
 * default, with a plain statement of what it requests, when, how often, that nothing leaves the
 * browser, and that LinkedIn sees the page views. Turning it on asks for no permission: the
 * website step runs only where the rep already granted that site (or all sites, the setting above).
 */
export function AutoResearchSetting(props: { settings: Settings | null; onSettings: (s: Settings) => void }) {
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  const set = async (on: boolean) => {
    if (!props.settings) return;
    try {
      const saved = await call({ type: 'saveSettings', settings: { ...props.settings, autoResearch: on } });
      props.onSettings(saved);
      setMessage({ kind: 'ok', text: t(on ? 'autoResearch.savedOn' : 'autoResearch.savedOff') });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
  };
  return (
    <div className="card" data-testid="auto-research-card">
      <h2>{t('autoResearch.title')}</h2>
      <label className="row left">
        <input type="checkbox" data-testid="auto-research" checked={props.settings?.autoResearch ?? false} disabled={!props.settings} onChange={(e) => void set(e.target.checked)} />
        {t('autoResearch.toggle')}
      </label>
      <ul className="small muted" data-testid="auto-research-statement">
        <li>{t('autoResearch.what')}</li>
        <li>{t('autoResearch.when')}</li>
        <li>{t('autoResearch.howOften')}</li>
        <li>{t('autoResearch.nothingSent')}</li>
        <li>{t('autoResearch.linkedinSees')}</li>
        <li>{t('autoResearch.offByDefault')}</li>
      </ul>
      {message ? (
        <p role="status" className={message.kind === 'error' ? 'bad' : 'good'} data-testid="auto-research-status">
          {message.text}
        </p>
      ) : null}
    </div>
  );
}
