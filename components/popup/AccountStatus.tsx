import type { BookStatus } from '@/lib/book/status';
import type { AccountScore } from '@/lib/scoring/types';
import { t } from '../i18n';

/**
 * The team's account book on this page's company (#11), at the top of the popup and side panel:
 * "Customer", "Open opportunity", "Churned", "Target" or, prominent, "Do not contact", and
 * "Owned by <owner>" — so a rep sees whose account it is before writing to anyone. Shown only
 * when a book account matched (lib/background/book-facts.ts); never a guess. The evidence line
 * says where it came from and how it matched.
 */
type BookOnPage = NonNullable<AccountScore['book']>;

// Inline: the popup's stylesheet belongs to the popup as a whole; these few rules are this card's.
const DNC_STYLE = { borderColor: 'var(--bad)', borderWidth: 2 } as const;
const LABEL_STYLE = { fontSize: 16, marginRight: 8 } as const;

export function statusLabel(status: BookStatus): string {
  switch (status) {
    case 'customer':
      return t('book.status.customer');
    case 'open-opportunity':
      return t('book.status.openOpportunity');
    case 'churned':
      return t('book.status.churned');
    case 'target':
      return t('book.status.target');
    case 'do-not-contact':
      return t('book.status.doNotContact');
  }
}

function matchedByText(by: BookOnPage['matchedBy']): string {
  return by === 'linkedin' ? t('book.matchedLinkedin') : by === 'domain' ? t('book.matchedDomain') : t('book.matchedName');
}

export function AccountStatus({ book }: { book: BookOnPage | undefined | null }) {
  if (!book) return null;
  const dnc = book.status === 'do-not-contact';
  return (
    <section className={`card book-status${dnc ? ' book-dnc' : ''}`} data-testid="account-status" data-status={book.status ?? 'none'} style={dnc ? DNC_STYLE : undefined} role={dnc ? 'alert' : 'status'} aria-label={t('book.aria')}>
      <p className="book-head">
        {book.status ? (
          <strong className={`book-label${dnc ? ' bad' : ''}`} style={LABEL_STYLE} data-testid="account-status-label">
            {dnc ? '⚠ ' : ''}
            {statusLabel(book.status)}
          </strong>
        ) : (
          <strong className="book-label" style={LABEL_STYLE}>
            {t('book.inBook')}
          </strong>
        )}
        {book.owner && (
          <span className="book-owner" data-testid="account-owner">
            {t('book.owner', { owner: book.owner })}
          </span>
        )}
      </p>
      {dnc && <p className="small">{t('book.dncNote')}</p>}
      <p className="muted small" data-testid="account-status-evidence">
        {book.name ? t('book.evidence', { name: book.name, by: matchedByText(book.matchedBy) }) : t('book.evidenceNoName', { by: matchedByText(book.matchedBy) })}
      </p>
    </section>
  );
}

/** A list row's company in the team's account book: "Customer · Owned by Dana Reyes" (from the book, as the evidence title says). */
export function RowBookStatus({ book }: { book: BookOnPage }) {
  const dnc = book.status === 'do-not-contact';
  const parts = [book.status ? statusLabel(book.status) : t('book.inBook'), book.owner ? t('book.owner', { owner: book.owner }) : null].filter(Boolean);
  return (
    <div className={`small${dnc ? ' bad' : ''}`} data-testid="row-book" data-status={book.status ?? 'none'} title={book.name ? t('book.evidence', { name: book.name, by: matchedByText(book.matchedBy) }) : t('book.evidenceNoName', { by: matchedByText(book.matchedBy) })}>
      {dnc ? '⚠ ' : ''}
      {parts.join(' · ')}
    </div>
  );
}
