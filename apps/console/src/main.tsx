import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AppRouter } from './app-router.js';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppRouter />
  </StrictMode>,
);
