import { useEffect, useRef, useState } from 'react';
import { detectCrm, type CrmKind } from '@/lib/book/crm-kind';
import { BOOK_ROLES, importBookFrom, type ImportResult } from '@/lib/book/import-core';
import type { BookAccount } from '@/lib/book/schema';
import { clearBook, onBookChanged, readBookMeta, readStoredBook, replaceBook, type BookMeta } from '@/lib/book/store';
import { blobChunks, CsvSyntaxError, openCsv } from '@/lib/crm/read-browser';
import { call } from '@/lib/rpc';
import { statusLabel } from '../popup/AccountStatus';
import { download } from '../download';
import { t } from '../i18n';
import { errorText } from './fields';

/**
 * Options → Accounts → "Team account book" (#11): a manager picks the team's CRM account export
 * (HubSpot, Salesforce, Pipedrive…), sees how LeadFit reads it — the CRM it looks like, each role
 * with the column it was read from (and a select to correct it), the first accounts as they will
 * be stored, the problems with their line numbers, the counts — and saves it to this browser
 * (lib/book/store.ts). The file is read here, streamed in chunks (lib/crm/read-browser.ts), with
 * a progress line; nothing is uploaded. The stored book can be exported as JSON or removed.
 */

const NOT_READ = '';
const FIRST_ROWS = 5;
const PROBLEMS_SHOWN = 20;

function when(iso: string): string {
  const d = new Date(iso);
  return Number.isNaN(d.getTime()) ? iso : d.toLocaleString();
}

function crmName(kind: CrmKind): string {
  switch (kind) {
    case 'hubspot':
      return t('bookOptions.crm.hubspot');
    case 'salesforce':
      return t('bookOptions.crm.salesforce');
    case 'pipedrive':
      return t('bookOptions.crm.pipedrive');
    case 'leadfit':
      return t('bookOptions.crm.leadfit');
    default:
      return t('bookOptions.crm.unknown');
  }
}

function roleName(role: string): string {
  switch (role) {
    case 'company':
      return t('bookOptions.role.company');
    case 'domain':
      return t('bookOptions.role.domain');
    case 'domainFallback':
      return t('bookOptions.role.domainFallback');
    case 'companyLinkedin':
      return t('bookOptions.role.companyLinkedin');
    case 'industry':
      return t('bookOptions.role.industry');
    case 'employees':
      return t('bookOptions.role.employees');
    case 'revenue':
      return t('bookOptions.role.revenue');
    case 'country':
      return t('bookOptions.role.country');
    case 'state':
      return t('bookOptions.role.state');
    case 'city':
      return t('bookOptions.role.city');
    case 'location':
      return t('bookOptions.role.location');
    case 'owner':
      return t('bookOptions.role.owner');
    case 'status':
      return t('bookOptions.role.status');
    case 'doNotContact':
      return t('bookOptions.role.doNotContact');
    default:
      return role;
  }
}

function range(r: BookAccount['employees']): string {
  if (!r) return '—';
  if (r.min !== null && r.max !== null) return r.min === r.max ? r.min.toLocaleString() : `${r.min.toLocaleString()}–${r.max.toLocaleString()}`;
  return r.min !== null ? `${r.min.toLocaleString()}+` : `≤ ${(r.max ?? 0).toLocaleString()}`;
}

interface Preview {
  file: File;
  result: ImportResult;
  crm: CrmKind;
  /** The roles the manager corrected (role → header, or null to leave it unread). */
  mapping: Record<string, string | null>;
}

export function BookSection() {
  const [meta, setMeta] = useState<BookMeta | null | undefined>(undefined);
  const [skipped, setSkipped] = useState(0);
  const [preview, setPreview] = useState<Preview | null>(null);
  const [progress, setProgress] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  /** A manager with team sync (server mode and a manager token) can publish the stored book. */
  const [canPublish, setCanPublish] = useState(false);
  const fileInput = useRef<HTMLInputElement>(null);

  const loadMeta = () => {
    readBookMeta()
      .then(setMeta)
      .catch((err) => {
        setMeta(null);
        setError(errorText(err));
      });
  };
  useEffect(() => {
    loadMeta();
    // The team sync may replace the book while this page is open.
    call({ type: 'getSettings' })
      .then((s) => setCanPublish(s.sync.mode === 'server' && Boolean(s.sync.managerToken)))
      .catch(() => setCanPublish(false));
    return onBookChanged(loadMeta);
  }, []);

  const publish = async () => {
    setBusy(true);
    setError(null);
    setNotice(null);
    try {
      const done = await call({ type: 'book.publish' });
      setNotice(t('bookOptions.published', { version: done.version, count: done.accounts.toLocaleString() }));
      loadMeta();
    } catch (err) {
      setError(t('bookOptions.publishFailed', { error: errorText(err) }));
    } finally {
      setBusy(false);
    }
  };

  const read = async (file: File, mapping: Record<string, string | null>) => {
    setBusy(true);
    setError(null);
    setNotice(null);
    setProgress(t('bookOptions.reading', { name: file.name }));
    try {
      const reader = await openCsv(blobChunks(file));
      const result = await importBookFrom(reader, { mapping, onProgress: (rows) => setProgress(t('bookOptions.readingRows', { name: file.name, rows: rows.toLocaleString() })) });
      setPreview({ file, result, crm: detectCrm(result.preview.headers), mapping });
    } catch (err) {
      setPreview(null);
      setError(err instanceof CsvSyntaxError ? t('bookOptions.syntaxError', { name: file.name, error: err.message }) : t('bookOptions.readError', { name: file.name, error: errorText(err) }));
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  const pick = (files: FileList | null) => {
    const file = files?.[0];
    if (file) void read(file, {});
  };

  const remap = (role: string, header: string) => {
    if (!preview) return;
    void read(preview.file, { ...preview.mapping, [role]: header === NOT_READ ? null : header });
  };

  const save = async () => {
    if (!preview) return;
    setBusy(true);
    setError(null);
    try {
      const previous = await readBookMeta().catch(() => null);
      const total = preview.result.book.accounts.length.toLocaleString();
      setProgress(t('bookOptions.saving', { stored: '0', total }));
      await replaceBook(preview.result.book, { version: (previous?.version ?? 0) + 1, etag: null, source: 'upload' }, (stored) => setProgress(t('bookOptions.saving', { stored: stored.toLocaleString(), total })));
      setNotice(t('bookOptions.saved', { count: preview.result.book.accounts.length.toLocaleString() }));
      setPreview(null);
      if (fileInput.current) fileInput.current.value = '';
      loadMeta();
    } catch (err) {
      setError(errorText(err));
    } finally {
      setProgress(null);
      setBusy(false);
    }
  };

  const remove = async () => {
    if (!window.confirm(t('bookOptions.removeConfirm'))) return;
    try {
      await clearBook();
      setNotice(t('bookOptions.removed'));
      loadMeta();
    } catch (err) {
      setError(errorText(err));
    }
  };

  const exportJson = async () => {
    try {
      const stored = await readStoredBook();
      if (!stored) return;
      setSkipped(stored.skipped);
      download(`leadfit-account-book-v${stored.meta?.version ?? 0}.json`, JSON.stringify(stored.book), 'application/json');
    } catch (err) {
      setError(errorText(err));
    }
  };

  return (
    <section aria-labelledby="book-title" data-testid="book-section" className="book-section">
      <h2 id="book-title">{t('bookOptions.title')}</h2>
      <p className="muted small">{t('bookOptions.intro')}</p>

      {meta === undefined ? (
        <p className="muted">{t('common.loading')}</p>
      ) : meta ? (
        <div className="card" data-testid="book-stored">
          <p>
            {t('bookOptions.stored', {
              count: meta.count.toLocaleString(),
              when: when(meta.importedAt),
              source: meta.source === 'sync' ? t('bookOptions.fromSync') : t('bookOptions.fromUpload'),
              version: meta.version,
            })}
          </p>
          {skipped > 0 ? <p className="warn small">{t('bookOptions.damaged', { count: skipped })}</p> : null}
          <div className="row">
            <button type="button" data-testid="book-export" onClick={() => void exportJson()}>
              {t('bookOptions.exportJson')}
            </button>
            {canPublish ? (
              <button type="button" data-testid="book-publish" disabled={busy} onClick={() => void publish()}>
                {t('bookOptions.publish')}
              </button>
            ) : null}
            <button type="button" data-testid="book-remove" onClick={() => void remove()}>
              {t('bookOptions.remove')}
            </button>
          </div>
        </div>
      ) : (
        <p className="muted" data-testid="book-none">
          {t('bookOptions.none')}
        </p>
      )}

      <label className="field">
        <span>{t('bookOptions.pick')}</span>
        <input ref={fileInput} type="file" accept=".csv,.tsv,.txt,text/csv" data-testid="book-file" disabled={busy} onChange={(e) => pick(e.target.files)} />
      </label>
      {progress ? (
        <p className="muted small" role="status" data-testid="book-progress">
          {progress}
        </p>
      ) : null}
      {error ? (
        <p className="bad" role="alert" data-testid="book-error">
          {error}
        </p>
      ) : null}
      {notice ? (
        <p className="good" role="status" data-testid="book-notice">
          {notice}
        </p>
      ) : null}

      {preview ? <BookPreviewView preview={preview} busy={busy} onRemap={remap} onSave={() => void save()} onCancel={() => setPreview(null)} /> : null}
    </section>
  );
}

function BookPreviewView({ preview, busy, onRemap, onSave, onCancel }: { preview: Preview; busy: boolean; onRemap: (role: string, header: string) => void; onSave: () => void; onCancel: () => void }) {
  const { result, crm, file } = preview;
  const p = result.preview;
  const chosen = new Map(p.mapped.map((m) => [m.role, m]));
  const statusRows = Object.entries(p.byStatus).sort((a, b) => b[1] - a[1]);
  return (
    <div className="card" data-testid="book-preview">
      <p data-testid="book-detected">
        <strong>{file.name}</strong>: {t('bookOptions.detected', { crm: crmName(crm) })}
        {p.encoding === 'windows-1252' ? ` ${t('bookOptions.windows1252')}` : ''}
      </p>
      <p data-testid="book-counts">{t('bookOptions.counts', { rows: p.rows.toLocaleString(), accounts: p.accounts.toLocaleString(), skipped: p.skipped.toLocaleString() })}</p>
      <p className="small muted" data-testid="book-by-status">
        {statusRows.map(([status, n]) => `${status === 'none' ? t('bookOptions.noStatus') : statusLabel(status as Parameters<typeof statusLabel>[0])}: ${n.toLocaleString()}`).join(' · ')}
      </p>

      <h3>{t('bookOptions.columns')}</h3>
      <div className="table-wrap">
        <table className="accounts" data-testid="book-mapping">
          <thead>
            <tr>
              <th scope="col">{t('bookOptions.roleHead')}</th>
              <th scope="col">{t('bookOptions.columnHead')}</th>
              <th scope="col">{t('bookOptions.samplesHead')}</th>
            </tr>
          </thead>
          <tbody>
            {BOOK_ROLES.map((role) => {
              const m = chosen.get(role);
              return (
                <tr key={role} data-testid="book-role" data-role={role}>
                  <th scope="row">{roleName(role)}</th>
                  <td>
                    <select aria-label={t('bookOptions.columnFor', { role: roleName(role) })} value={m?.header ?? NOT_READ} disabled={busy} onChange={(e) => onRemap(role, e.target.value)}>
                      <option value={NOT_READ}>{t('bookOptions.notRead')}</option>
                      {p.headers.map((h) => (
                        <option key={h} value={h}>
                          {h}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="small muted">{m?.samples.join(' · ') ?? ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      {p.unmapped.length ? <p className="small muted">{t('bookOptions.unused', { columns: p.unmapped.map((u) => u.header).join(', ') })}</p> : null}

      <h3>{t('bookOptions.firstRows')}</h3>
      <div className="table-wrap">
        <table className="accounts" data-testid="book-rows">
          <thead>
            <tr>
              <th scope="col">{t('bookOptions.lineHead')}</th>
              <th scope="col">{roleName('company')}</th>
              <th scope="col">{roleName('domain')}</th>
              <th scope="col">{roleName('companyLinkedin')}</th>
              <th scope="col">{roleName('industry')}</th>
              <th scope="col">{roleName('employees')}</th>
              <th scope="col">{roleName('owner')}</th>
              <th scope="col">{roleName('status')}</th>
            </tr>
          </thead>
          <tbody>
            {result.book.accounts.slice(0, FIRST_ROWS).map((a) => (
              <tr key={a.line} data-testid="book-row">
                <td>{a.line}</td>
                <th scope="row">{a.name ?? '—'}</th>
                <td>{a.domain ?? '—'}</td>
                <td className="small">{a.linkedinUrl ? a.linkedinUrl.replace('https://www.linkedin.com', '') : '—'}</td>
                <td>{a.industry ?? '—'}</td>
                <td>{range(a.employees)}</td>
                <td>{a.owner ?? '—'}</td>
                <td>{a.status ? statusLabel(a.status) : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>

      {result.problemCount ? (
        <>
          <h3>{t('bookOptions.problems', { count: result.problemCount.toLocaleString() })}</h3>
          <ul className="small" data-testid="book-problems">
            {result.problems.slice(0, PROBLEMS_SHOWN).map((pr, i) => (
              <li key={i}>{t('bookOptions.problemLine', { line: pr.line, message: pr.message })}</li>
            ))}
          </ul>
          {result.problemCount > PROBLEMS_SHOWN ? <p className="small muted">{t('bookOptions.moreProblems', { count: (result.problemCount - PROBLEMS_SHOWN).toLocaleString() })}</p> : null}
        </>
      ) : (
        <p className="small muted">{t('bookOptions.noProblems')}</p>
      )}

      <div className="row">
        <button type="button" className="primary" data-testid="book-save" disabled={busy || p.accounts === 0} onClick={onSave}>
          {t('bookOptions.save', { count: p.accounts.toLocaleString() })}
        </button>
        <button type="button" onClick={onCancel} disabled={busy}>
          {t('common.cancel')}
        </button>
      </div>
    </div>
  );
}
