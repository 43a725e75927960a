import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { App } from '@/components/popup/App';
import '@/components/theme.css';
import '@/components/popup/popup.css';

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary page="the popup">
    <App />
  </ErrorBoundary>,
);
