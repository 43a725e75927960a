// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';

/**
 * The error boundary around every extension page (components/ErrorBoundary.tsx): a render that
 * throws (a pack or stored value nobody foresaw) leaves the rep a page with the two resets, which
 * go straight to the background and do not depend on the part that broke.
 */
const calls: unknown[] = [];
let answer: () => Promise<unknown> = async () => ({ pack: { name: 'Team pack', version: 3 }, source: 'team' });
vi.mock('@/lib/rpc', () => ({
  call: (request: unknown) => {
    calls.push(request);
    return answer();
  },
}));

const { ErrorBoundary } = await import('@/components/ErrorBoundary');

function Broken(): never {
  // What the blank options page of issue #9 threw.
  throw new TypeError('vars[name]?.trim is not a function');
}

afterEach(() => {
  cleanup();
  calls.length = 0;
  vi.restoreAllMocks();
});

describe('ErrorBoundary', () => {
  it('renders its children when nothing throws', () => {
    render(
      <ErrorBoundary page="the popup">
        <p>fine</p>
      </ErrorBoundary>,
    );
    expect(screen.getByText('fine')).toBeTruthy();
    expect(screen.queryByTestId('error-boundary')).toBeNull();
  });

  it('shows what failed and resets to the last good pack, then reloads', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    const reload = vi.fn();
    vi.spyOn(window, 'location', 'get').mockReturnValue({ ...window.location, reload } as Location);
    render(
      <ErrorBoundary page="the options page">
        <Broken />
      </ErrorBoundary>,
    );
    expect(screen.getByRole('alert').textContent).toMatch(/LeadFit could not show the options page.*vars\[name\]\?\.trim is not a function/s);
    fireEvent.click(screen.getByTestId('boundary-last-good'));
    expect(await screen.findByTestId('boundary-outcome')).toBeTruthy();
    expect(calls).toEqual([{ type: 'resetPack', to: 'last-good' }]);
    expect(screen.getByTestId('boundary-outcome').textContent).toMatch(/"Team pack" v3 is active again/);
    expect(reload).toHaveBeenCalled();
  });

  it('says why a reset failed and keeps both buttons usable', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    answer = async () => {
      throw new Error('there is no earlier pack to go back to');
    };
    render(
      <ErrorBoundary page="the popup">
        <Broken />
      </ErrorBoundary>,
    );
    fireEvent.click(screen.getByTestId('boundary-last-good'));
    expect((await screen.findByTestId('boundary-outcome')).textContent).toMatch(/Not reset: there is no earlier pack/);
    expect((screen.getByTestId('boundary-starter') as HTMLButtonElement).disabled).toBe(false);
    fireEvent.click(screen.getByTestId('boundary-starter'));
    expect(calls).toEqual([
      { type: 'resetPack', to: 'last-good' },
      { type: 'resetPack', to: 'starter' },
    ]);
  });
});
