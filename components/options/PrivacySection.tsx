import { useEffect, useState } from 'react';
import { browser } from 'wxt/browser';
import { ALL_SITES, type Settings } from '@/lib/settings';
import { call } from '@/lib/rpc';
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
      setMessage({ kind: 'ok', text: `Saved: accounts not seen for ${saved.retentionDays} days are deleted.` });
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
        setMessage({ kind: 'error', text: 'Not turned on: reading websites automatically needs the permission to read the sites you visit.' });
        return;
      }
      if (!on) await browser.permissions.remove({ origins: [ALL_SITES] }).catch(() => false);
      const saved = await call({ type: 'saveSettings', settings: { ...props.settings, autoReadCompanySites: on } });
      props.onSettings(saved);
      setMessage({ kind: 'ok', text: on ? 'Company websites are now read as you open them (still only in this browser).' : 'Company websites are read only when you press “Read this page”.' });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
  };

  const deleteAll = async () => {
    if (!window.confirm('Delete every account, contact, edited pack and setting LeadFit has stored in this browser? This cannot be undone.')) return;
    try {
      await call({ type: 'deleteAll' });
      props.onDeleted();
      setMessage({ kind: 'ok', text: 'Everything LeadFit stored in this browser was deleted.' });
    } catch (err) {
      setMessage({ kind: 'error', text: errorText(err) });
    }
  };

  return (
    <section aria-labelledby="privacy-title">
      <h1 id="privacy-title">Privacy</h1>
      <div className="card prose">
        <h2>What LeadFit stores, and where</h2>
        <ul>
          <li>
            <strong>The companies and people you view</strong> (name, title, company facts read from the page, the score, tier and reasons, and the outcome you mark) are kept in this browser’s local extension storage only.
          </li>
          <li>
            <strong>Your profile pack</strong> (ICPs and personas) and <strong>these settings</strong>, including sync tokens, are kept in the same local storage.
          </li>
          <li>
            <strong>Scoring runs in your browser.</strong> Nothing you view is sent anywhere: no analytics, no tracking, no LeadFit servers.
          </li>
          <li>
            <strong>The one exception is team sync</strong>, when you turn it on: LeadFit then downloads the team’s pack from the address you configure (and a manager publishes to it). Only the pack travels; never accounts or contacts.
          </li>
          <li>Accounts you have not seen for the number of days below are deleted automatically.</li>
        </ul>
      </div>
      <div className="card">
        <div className="row left">
          <div className="field field-number">
            <label htmlFor="retention-days">Keep accounts for (days)</label>
            <input id="retention-days" type="number" min={1} max={3650} step={1} value={days} aria-invalid={!valid || undefined} onChange={(e) => setDays(e.target.value)} />
            {!valid ? (
              <p className="field-error" role="alert">
                Enter a whole number of days from 1 to 3650.
              </p>
            ) : null}
          </div>
          <button type="button" data-testid="save-retention" disabled={!valid || !props.settings} onClick={saveRetention}>
            Save
          </button>
        </div>
      </div>
      <div className="card">
        <h2>Company websites</h2>
        <label className="row left">
          <input type="checkbox" data-testid="auto-read" checked={props.settings?.autoReadCompanySites ?? false} disabled={!props.settings} onChange={(e) => void setAutoRead(e.target.checked)} />
          Read company websites automatically as I open them
        </label>
        <p className="small muted">Off by default: LeadFit then reads a website only when you press “Read this page” in the popup. Turning it on asks your browser for permission to read the sites you visit; the pages are still read and scored only here.</p>
      </div>
      <div className="card danger-zone">
        <h2>Delete everything</h2>
        <p className="small">Removes every account and contact, the edited or imported pack (the starter pack comes back) and all settings, from this browser.</p>
        <button type="button" className="danger" data-testid="delete-all" onClick={deleteAll}>
          Delete everything
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
