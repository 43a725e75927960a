import { useState } from 'react';
import type { Outcome } from '@/lib/accounts/types';
import { OUTCOMES } from '@/lib/accounts/types';
import { outcomeText, rowsAccounts, rowsBrief, rowsCsv, rowTierText, sortRowsByFit, type ListRow } from '@/lib/list-rows';
import { call } from '@/lib/rpc';
import { ROLE_LABEL } from './Cards';
import { useCopy } from './useCopy';
import { download } from '../download';

/**
 * The people on a list page (search, lead list, Connections, a company's People tab). It only
 * renders: the rows, each with its persona and its account's tier and outcome, come from the
 * background (TabState.derived.rows). The rep sorts by fit, selects rows and copies a brief,
 * downloads a CSV or marks an outcome for the selected rows' accounts.
 */

const OUTCOME_LABEL: Record<Outcome, string> = { qualified: 'Qualified', 'not-a-fit': 'Not a fit', 'meeting-booked': 'Meeting booked' };

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
    const skipped = withoutAccount.length
      ? ` ${withoutAccount.length} selected ${withoutAccount.length === 1 ? 'person was' : 'people were'} skipped: ${withoutAccount.length === 1 ? 'their' : 'those'} compan${withoutAccount.length === 1 ? 'y has' : 'ies have'} not been seen yet (open the company page first).`
      : '';
    if (!keys.length) {
      setNote(`Nothing marked.${skipped}`);
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
      setNote(`Marked ${done} account${done === 1 ? '' : 's'} ${outcomeText(outcome)}.${skipped}`);
    } catch (e) {
      onError(`${done ? `Marked ${done} of ${keys.length} accounts, then: ` : ''}${(e as Error).message}`);
    } finally {
      setSaving(false);
    }
  };

  return (
    <section className="card" aria-label="People on this page" data-testid="people-list">
      <h2>{rows.length} people on this page</h2>
      <div className="row-tools small">
        <label>
          <input type="checkbox" data-testid="select-all" checked={allSelected} onChange={() => setSelected(allSelected ? new Set() : new Set(rows.map((r) => r.index)))} /> Select all
        </label>{' '}
        <button type="button" className="link" data-testid="sort-by-fit" aria-pressed={sortByFit} onClick={() => setSortByFit((s) => !s)}>
          {sortByFit ? 'Page order' : 'Sort by fit'}
        </button>
      </div>
      <ol className="results">
        {shown.map((row) => (
          <li key={row.index} data-testid="search-result" data-index={row.index}>
            <label>
              <input type="checkbox" data-testid="row-select" checked={selected.has(row.index)} onChange={() => toggle(row.index)} aria-label={`Select ${row.name ?? 'this person'}`} />{' '}
              <strong>{row.name ?? 'Unnamed person'}</strong>
            </label>{' '}
            <span className="muted small">{row.headline ?? row.title}</span>
            <div className="small">
              {row.persona ? `${row.persona.name} · ${ROLE_LABEL[row.persona.buyingRole] ?? row.persona.buyingRole} · ${Math.round(row.persona.confidence * 100)}%` : 'No persona matches'}
            </div>
            <div className="small" data-testid="row-account">
              {row.account ? (
                <>
                  <span data-testid="row-tier">{row.account.tier ? `Tier ${row.account.tier}` : 'Tier undecided'}</span>
                  {row.account.icpName ? ` · ${row.account.icpName}` : ''}
                  {row.account.outcome ? <span data-testid="row-outcome"> · {OUTCOME_LABEL[row.account.outcome]}</span> : null}
                  {row.account.matchedBy === 'name' ? <span className="muted"> (matched by company name)</span> : null}
                </>
              ) : (
                <span className="muted">{row.company ? `${row.company}: ${rowTierText(row)}` : 'Company not stated'}</span>
              )}
            </div>
          </li>
        ))}
      </ol>
      <div className="row-actions" role="group" aria-label="Selected people">
        <span className="small muted" data-testid="selected-count">
          {chosen.length} selected
        </span>{' '}
        <button type="button" data-testid="copy-rows-brief" disabled={!chosen.length} onClick={() => copy(rowsBrief(chosen))}>
          {copied ? 'Copied' : 'Copy brief'}
        </button>{' '}
        <button type="button" data-testid="export-rows-csv" disabled={!chosen.length} onClick={() => download('leadfit-people.csv', rowsCsv(chosen), 'text/csv;charset=utf-8')}>
          Export CSV
        </button>
        <div className="outcomes" role="group" aria-label="Mark outcome for the selected people's accounts">
          {OUTCOMES.map((o) => (
            <button key={o} type="button" data-testid="rows-outcome" data-outcome={o} disabled={!chosen.length || saving} onClick={() => void mark(o)}>
              {OUTCOME_LABEL[o]}
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
