import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/theme.css';
import '@/components/options/options.css';

createRoot(document.getElementById('root')!).render(
  <ErrorBoundary page="the options page">
    <OptionsApp />
  </ErrorBoundary>,
);
