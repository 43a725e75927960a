import { createRoot } from 'react-dom/client';
import { App } from '@/components/popup/App';
import '@/components/theme.css';
import '@/components/popup/popup.css';

createRoot(document.getElementById('root')!).render(<App />);
