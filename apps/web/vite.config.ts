import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// The dev server forwards API calls to the Fastify server; MIC_API_TARGET points it elsewhere
// (e.g. MIC_API_TARGET=http://localhost:3100 when the server runs on its own port).
const target = process.env.MIC_API_TARGET ?? 'http://localhost:3000';

export default defineConfig({
  plugins: [react()],
  server: {
    port: Number(process.env.MIC_WEB_PORT ?? 5173),
    proxy: {
      '/api': { target, changeOrigin: false },
      '/healthz': { target, changeOrigin: false },
    },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    sourcemap: true,
  },
});
