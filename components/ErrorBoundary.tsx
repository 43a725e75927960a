import { Component, type ErrorInfo, type ReactNode } from 'react';
import { call } from '@/lib/rpc';

/**
 * Every extension page renders inside this boundary. When anything below throws while rendering
 * (a pack or stored value nobody foresaw), the rep gets a plain page saying so, with the two ways
 * out that do not depend on the broken part: back to the last good pack, or to the starter pack.
 * Both go straight to the background (lib/background/service.ts `resetPack`) and then reload.
 */
interface Props {
  /** "the popup", "the options page": said in the message. */
  page: string;
  children: ReactNode;
}

interface State {
  error: Error | null;
  busy: boolean;
  outcome: string | null;
}

export class ErrorBoundary extends Component<Props, State> {
  override state: State = { error: null, busy: false, outcome: null };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error(`LeadFit: ${this.props.page} failed to render`, error, info.componentStack);
  }

  private reset = async (to: 'last-good' | 'starter') => {
    this.setState({ busy: true, outcome: null });
    try {
      const active = await call({ type: 'resetPack', to });
      this.setState({ outcome: `"${active.pack.name}" v${active.pack.version} is active again. Reloading…` });
      location.reload();
    } catch (err) {
      this.setState({ busy: false, outcome: `Not reset: ${(err as Error).message || String(err)}` });
    }
  };

  override render(): ReactNode {
    const { error, busy, outcome } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" role="alert" data-testid="error-boundary" style={{ padding: 16, maxWidth: 560 }}>
        <h1 style={{ fontSize: 16 }}>LeadFit could not show {this.props.page}</h1>
        <p>
          Something in the active profile pack or in stored data could not be displayed. Going back to an earlier pack usually fixes it;
          your accounts are kept.
        </p>
        <p className="small muted">
          <code>{error.message}</code>
        </p>
        <div className="row wrap" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <button type="button" className="primary" data-testid="boundary-last-good" disabled={busy} onClick={() => void this.reset('last-good')}>
            Reset to the last good pack
          </button>
          <button type="button" data-testid="boundary-starter" disabled={busy} onClick={() => void this.reset('starter')}>
            Reset to the starter pack
          </button>
          <button type="button" disabled={busy} onClick={() => location.reload()}>
            Reload
          </button>
        </div>
        {outcome ? (
          <p role="status" data-testid="boundary-outcome">
            {outcome}
          </p>
        ) : null}
      </div>
    );
  }
}
