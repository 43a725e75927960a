// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { AccountStatus, RowBookStatus } from '@/components/popup/AccountStatus';

/** The account book's status at the top of the popup (#11): what the team's CRM says, and nothing when nothing matched. */

afterEach(cleanup);

describe('AccountStatus (account book)', () => {
  it('a customer with an owner: status, "Owned by", and where it came from', () => {
    render(<AccountStatus book={{ name: 'Northwind Analytics', owner: 'Dana Reyes', status: 'customer', matchedBy: 'linkedin' }} />);
    const card = screen.getByTestId('account-status');
    expect(card.getAttribute('data-status')).toBe('customer');
    expect(screen.getByTestId('account-status-label').textContent).toBe('Customer');
    expect(screen.getByTestId('account-owner').textContent).toBe('Owned by Dana Reyes');
    expect(screen.getByTestId('account-status-evidence').textContent).toBe("From your team's account book: Northwind Analytics, matched by LinkedIn URL.");
  });

  it('do not contact is an alert, with a warning', () => {
    render(<AccountStatus book={{ name: 'Blocked Corp', owner: null, status: 'do-not-contact', matchedBy: 'domain' }} />);
    const card = screen.getByRole('alert');
    expect(card.textContent).toContain('Do not contact');
    expect(card.textContent).toContain('not to be contacted');
    expect(card.textContent).toContain('matched by domain');
    expect(screen.queryByTestId('account-owner')).toBeNull();
  });

  it.each([
    ['open-opportunity', 'Open opportunity'],
    ['churned', 'Churned'],
    ['target', 'Target'],
  ] as const)('%s reads "%s"', (status, label) => {
    render(<AccountStatus book={{ name: 'X', owner: 'Ann', status, matchedBy: 'name' }} />);
    expect(screen.getByTestId('account-status-label').textContent).toBe(label);
    expect(screen.getByRole('status').textContent).toContain('matched by name');
  });

  it('a book account without a status says only that it is in the book; no match shows nothing', () => {
    const { container, rerender } = render(<AccountStatus book={{ name: null, owner: 'Ann', status: null, matchedBy: 'domain' }} />);
    expect(screen.getByTestId('account-status').textContent).toContain("In your team's account book");
    expect(screen.queryByTestId('account-status-label')).toBeNull();
    rerender(<AccountStatus book={undefined} />);
    expect(container.innerHTML).toBe('');
  });

  it('a list row: status and owner in one line, the source in its title; do not contact marked', () => {
    render(<RowBookStatus book={{ name: 'Globex', owner: 'Hank', status: 'do-not-contact', matchedBy: 'name' }} />);
    const row = screen.getByTestId('row-book');
    expect(row.textContent).toBe('⚠ Do not contact · Owned by Hank');
    expect(row.getAttribute('title')).toBe("From your team's account book: Globex, matched by name.");
  });
});
