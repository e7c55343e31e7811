import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { precompress } from './precompress.js';

// react-admin's core and what it stands on: one long-cached chunk every page shares.
const VENDOR =
  /[\\/]node_modules[\\/](react|react-dom|scheduler|react-admin|ra-[\w-]+|@mui[\\/][\w-]+|@emotion[\\/][\w-]+|@tanstack[\\/][\w-]+|react-router|react-router-dom|react-hook-form)[\\/]/;

// The API serves dist/ at `/` and GraphQL at `/graphql`; in `vite dev` the API runs beside on port 4000.
export default defineConfig({
  plugins: [react(), precompress()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: {
    outDir: 'dist',
    sourcemap: false,
    // The vendor chunk is react-admin with MUI, about 1.2 MB before compression; every other chunk is small.
    chunkSizeWarningLimit: 1300,
    rolldownOptions: { output: { codeSplitting: { groups: [{ name: 'vendor', test: VENDOR }] } } },
  },
});
