import { useState } from 'react';
import type { Outcome } from '@/lib/accounts/types';
import { OUTCOMES } from '@/lib/accounts/types';
import { rowsAccounts, rowsBrief, rowsCsv, sortRowsByFit, type ListRow } from '@/lib/list-rows';
import { call } from '@/lib/rpc';
import { t } from '../i18n';
import { outcomeLabel, outcomeWord } from '../outcome';
import { RowBookStatus } from './AccountStatus';
import { roleLabel } from './Cards';
import { useCopy } from './useCopy';
import { download } from '../download';

/**
 * The people on a list page (search, lead list, Connections, a company's People tab). It only
 * renders: the rows, each with its persona and its account's tier and outcome, come from the
 * background (TabState.derived.rows). The rep sorts by fit, selects rows and copies a brief,
 * downloads a CSV or marks an outcome for the selected rows' accounts.
 */

export function PeopleList({ rows, onError }: { rows: ListRow[]; onError: (message: string) => void }) {
  const [sortByFit, setSortByFit] = useState(false);
  const [selected, setSelected] = useState<ReadonlySet<number>>(new Set());
  const [note, setNote] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [copied, copy] = useCopy();

  const shown = sortByFit ? sortRowsByFit(rows) : rows;
  // Selections are by row index; an index no longer on the page (the list changed) is dropped.
  const chosen = rows.filter((r) => selected.has(r.index));
  const allSelected = rows.length > 0 && chosen.length === rows.length;

  const toggle = (index: number) =>
    setSelected((prev) => {
      const next = new Set(prev);
      if (next.has(index)) next.delete(index);
      else next.add(index);
      return next;
    });

  const mark = async (outcome: Outcome) => {
    const { keys, withoutAccount } = rowsAccounts(chosen);
    const skipped = withoutAccount.length ? t('list.skipped', withoutAccount.length) : '';
    if (!keys.length) {
      setNote(t('list.nothingMarked', { skipped }));
      return;
    }
    setSaving(true);
    let done = 0;
    try {
      // One request per account; the updated rows arrive on the port.
      for (const accountKey of keys) {
        await call({ type: 'setOutcome', accountKey, outcome });
        done++;
      }
      setNote(t('list.marked', done, { outcome: outcomeWord(outcome), skipped }));
    } catch (e) {
      onError(done ? t('list.markedThen', { done, total: keys.length, error: (e as Error).message }) : (e as Error).message);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-label={t('list.label')} data-testid="people-list">
      <h2>{t('list.title', rows.length)}</h2>
      <div className="row-tools small">
        <label>
          <input type="checkbox" data-testid="select-all" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.index)))} /> {t('list.selectAll')}
        </label>{' '}
        <button type="button" className="link" data-testid="sort-by-fit" aria-pressed={sortByFit} onClick={() => setSortByFit((s) => !s)}>
          {sortByFit ? t('list.pageOrder') : t('list.sortByFit')}
        </button>
      </div>
      <ol className="results">
        {shown.map((row) => (
          <li key={row.index} data-testid="search-result" data-index={row.index}>
            <label>
              <input type="checkbox" data-testid="row-select" checked={selected.has(row.index)} onChange={() => toggle(row.index)} aria-label={row.name ? t('list.select', { name: row.name }) : t('list.selectThis')} />{' '}
              <strong>{row.name ?? t('popup.unnamedPerson')}</strong>
            </label>{' '}
            <span className="muted small">{row.headline ?? row.title}</span>
            <div className="small">
              {row.persona ? `${row.persona.name} · ${roleLabel(row.persona.buyingRole)} · ${Math.round(row.persona.confidence * 100)}%` : t('list.noPersona')}
            </div>
            <div className="small" data-testid="row-account">
              {row.account ? (
                <>
                  <span data-testid="row-tier">{row.account.tier ? t('list.tier', { tier: row.account.tier }) : t('list.tierUndecided')}</span>
                  {row.account.icpName ? ` · ${row.account.icpName}` : ''}
                  {row.account.outcome ? <span data-testid="row-outcome"> · {outcomeLabel(row.account.outcome)}</span> : null}
                  {row.account.matchedBy === 'name' ? <span className="muted">{t('list.matchedByName')}</span> : null}
                </>
              ) : (
                <span className="muted">{row.company ? t('list.companyNotSeen', { company: row.company }) : t('list.noCompany')}</span>
              )}
            </div>
            {row.book ? <RowBookStatus book={row.book} /> : null}
          </li>
        ))}
      </ol>
      <div className="row-actions" role="group" aria-label={t('list.selectedGroup')}>
        <span className="small muted" data-testid="selected-count">
          {t('list.selected', { count: chosen.length })}
        </span>{' '}
        <button type="button" data-testid="copy-rows-brief" disabled={!chosen.length} onClick={() => copy(rowsBrief(chosen))}>
          {copied ? t('common.copied') : t('list.copyBrief')}
        </button>{' '}
        <button type="button" data-testid="export-rows-csv" disabled={!chosen.length} onClick={() => download('leadfit-people.csv', rowsCsv(chosen), 'text/csv;charset=utf-8')}>
          {t('list.exportCsv')}
        </button>
        <div className="outcomes" role="group" aria-label={t('list.markGroup')}>
          {OUTCOMES.map((o) => (
            <button key={o} type="button" data-testid="rows-outcome" data-outcome={o} disabled={!chosen.length || saving} onClick={() => void mark(o)}>
              {outcomeLabel(o)}
            </button>
          ))}
        </div>
        {note && (
          <p className="small" role="status" data-testid="rows-note">
            {note}
          </p>
        )}
      </div>
    </section>
  );
}
