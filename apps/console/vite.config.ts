import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

// The API serves dist/ at `/` and GraphQL at `/graphql`; in `vite dev` the API runs beside on port 4000.
export default defineConfig({
  plugins: [react()],
  server: { proxy: { '/graphql': 'http://127.0.0.1:4000' } },
  build: { outDir: 'dist', sourcemap: false, chunkSizeWarningLimit: 2000 },
});
