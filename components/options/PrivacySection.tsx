import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ALL_SITES, type Settings } from '@/lib/settings';
import { call } from '@/lib/rpc';
import { AutoResearchSetting } from './AutoResearchSetting';
import { t } from '../i18n';
import { errorText } from './fields';

export function PrivacySection(props: { settings: Settings | null; onSettings: (s: Settings) => void; onDeleted: () => void }) {
  const [days, setDays] = useState(String(props.settings?.retentionDays ?? 90));
  const [message, setMessage] = useState<{ kind: 'ok' | 'error'; text: string } | null>(null);
  useEffect(() => {
    if (props.settings) setDays(String(props.settings.retentionDays));
  }, [props.settings]);

  const n = Number(days);
  const valid = days.trim() !== '' && Number.isInteger(n) && n >= 1 && n <= 3650;

  const saveRetention = async () => {
    if (!props.settings || !valid) return;
    try {
      const saved = await call({ type: 'saveSettings', settings: { ...props.settings, retentionDays: n } });
      props.onSettings(saved);
      setMessage({ kind: 'ok', text: t('privacy.savedRetention', saved.retentionDays) });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
  };

  /**
   * Automatic reading of company websites needs the optional all-sites permission: it is asked
   * for here, on the click that turns the setting on, and given back when it is turned off.
   */
  const setAutoRead = async (on: boolean) => {
    if (!props.settings) return;
    try {
      if (on && !(await browser.permissions.request({ origins: [ALL_SITES] }))) {
        setMessage({ kind: 'error', text: t('privacy.autoReadRefused') });
        return;
      }
      if (!on) await browser.permissions.remove({ origins: [ALL_SITES] }).catch(() => false);
      const saved = await call({ type: 'saveSettings', settings: { ...props.settings, autoReadCompanySites: on } });
      props.onSettings(saved);
      setMessage({ kind: 'ok', text: on ? t('privacy.autoReadOn') : t('privacy.autoReadOff') });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
  };

  const deleteAll = async () => {
    if (!window.confirm(t('privacy.confirmDelete'))) return;
    try {
      await call({ type: 'deleteAll' });
      props.onDeleted();
      setMessage({ kind: 'ok', text: t('privacy.deleted') });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
  };

  return (
    <section aria-labelledby="privacy-title">
      <h1 id="privacy-title">{t('privacy.title')}</h1>
      <div className="card prose">
        <h2>{t('privacy.storesTitle')}</h2>
        <ul>
          <li>
            <strong>{t('privacy.viewedStrong')}</strong>
            {t('privacy.viewed')}
          </li>
          <li>
            <strong>{t('privacy.packStrong')}</strong>
            {t('privacy.packAnd')}
            <strong>{t('privacy.settingsStrong')}</strong>
            {t('privacy.settings')}
          </li>
          <li>
            <strong>{t('privacy.scoringStrong')}</strong>
            {t('privacy.scoring')}
          </li>
          <li>
            <strong>{t('privacy.syncStrong')}</strong>
            {t('privacy.sync')}
          </li>
          <li>{t('privacy.retentionNote')}</li>
        </ul>
      </div>
      <div className="card">
        <div className="row left">
          <div className="field field-number">
            <label htmlFor="retention-days">{t('privacy.keepDays')}</label>
            <input id="retention-days" type="number" min={1} max={3650} step={1} value={days} aria-invalid={!valid || undefined} onChange={(e) => setDays(e.target.value)} />
            {!valid ? (
              <p className="field-error" role="alert">
                {t('privacy.daysInvalid')}
              </p>
            ) : null}
          </div>
          <button type="button" data-testid="save-retention" disabled={!valid || !props.settings} onClick={saveRetention}>
            {t('privacy.save')}
          </button>
        </div>
      </div>
      <div className="card">
        <h2>{t('privacy.websitesTitle')}</h2>
        <label className="row left">
          <input type="checkbox" data-testid="auto-read" checked={props.settings?.autoReadCompanySites ?? false} disabled={!props.settings} onChange={(e) => void setAutoRead(e.target.checked)} />
          {t('privacy.autoRead')}
        </label>
        <p className="small muted">{t('privacy.autoReadHint')}</p>
      </div>
      <AutoResearchSetting settings={props.settings} onSettings={props.onSettings} />
      <div className="card danger-zone">
        <h2>{t('privacy.deleteTitle')}</h2>
        <p className="small">{t('privacy.deleteExplain')}</p>
        <button type="button" className="danger" data-testid="delete-all" onClick={deleteAll}>
          {t('privacy.deleteButton')}
        </button>
      </div>
      {message ? (
        <p role="status" className={message.kind === 'error' ? 'bad' : 'good'} data-testid="privacy-status">
          {message.text}
        </p>
      ) : null}
    </section>
  );
}
