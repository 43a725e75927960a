import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { localizeDocument, t } from '@/components/i18n';
import { App } from '@/components/popup/App';
import '@/components/theme.css';
import '@/components/popup/popup.css';
import './sidepanel.css';

// The popup's view, kept open beside the page: it follows the active tab of its window
// (components/useTabState.ts), so a rep moving between profiles never clicks the toolbar.
localizeDocument();
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary page={t('page.sidepanel')}>
    <App view="sidepanel" />
  </ErrorBoundary>,
);
