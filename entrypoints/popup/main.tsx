import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { localizeDocument, t } from '@/components/i18n';
import { App } from '@/components/popup/App';
import '@/components/theme.css';
import '@/components/popup/popup.css';

localizeDocument();
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary page={t('page.popup')}>
    <App />
  </ErrorBoundary>,
);
