import { createRoot } from 'react-dom/client';
import { ErrorBoundary } from '@/components/ErrorBoundary';
import { localizeDocument, t } from '@/components/i18n';
import { OptionsApp } from '@/components/options/OptionsApp';
import '@/components/theme.css';
import '@/components/options/options.css';

localizeDocument(t('page.optionsTitle'));
createRoot(document.getElementById('root')!).render(
  <ErrorBoundary page={t('page.options')}>
    <OptionsApp />
  </ErrorBoundary>,
);
