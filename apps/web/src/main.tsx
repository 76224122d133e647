import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { QueryClientProvider } from '@tanstack/react-query';
import '@fontsource/inter/400.css';
import '@fontsource/inter/500.css';
import '@fontsource/inter/600.css';
import '@digdir/designsystemet-css';
import '@digdir/designsystemet-css/theme';
import './styles.css';
import { i18nReady } from './i18n';
import { queryClient } from './api/query-client';
import { App } from './App';

const root = document.getElementById('root');
if (!root) throw new Error('No #root element');

// The first render waits for the language's catalogue (one small chunk), so no text shows as a bare key.
void i18nReady.finally(() => renderApp(root));

function renderApp(root: HTMLElement) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <BrowserRouter>
          <App />
        </BrowserRouter>
      </QueryClientProvider>
    </StrictMode>,
  );
}
