import { Component, type ErrorInfo, type ReactNode } from 'react';
import { call } from '@/lib/rpc';
import { t } from './i18n';

/**
 * Every extension page renders inside this boundary. When anything below throws while rendering
 * (a pack or stored value nobody foresaw), the rep gets a plain page saying so, with the two ways
 * out that do not depend on the broken part: back to the last good pack, or to the starter pack.
 * Both go straight to the background (lib/background/service.ts `resetPack`) and then reload.
 */
interface Props {
  /** "the popup", "the options page" (already in the UI's language): said in the message. */
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
      this.setState({ outcome: t('boundary.activeAgain', { name: active.pack.name, version: active.pack.version }) });
      location.reload();
    } catch (err) {
      this.setState({ busy: false, outcome: t('boundary.notReset', { error: (err as Error).message || String(err) }) });
    }
  };

  override render(): ReactNode {
    const { error, busy, outcome } = this.state;
    if (!error) return this.props.children;
    return (
      <div className="error-boundary" role="alert" data-testid="error-boundary" style={{ padding: 16, maxWidth: 560 }}>
        <h1 style={{ fontSize: 16 }}>{t('boundary.title', { page: this.props.page })}</h1>
        <p>{t('boundary.body')}</p>
        <p className="small muted">
          <code>{error.message}</code>
        </p>
        <div className="row wrap" style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
          <button type="button" className="primary" data-testid="boundary-last-good" disabled={busy} onClick={() => void this.reset('last-good')}>
            {t('boundary.lastGood')}
          </button>
          <button type="button" data-testid="boundary-starter" disabled={busy} onClick={() => void this.reset('starter')}>
            {t('boundary.starter')}
          </button>
          <button type="button" disabled={busy} onClick={() => location.reload()}>
            {t('boundary.reload')}
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
