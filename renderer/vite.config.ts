// The renderer alone, for the harness and `npm run web`: the same settings as the
// renderer part of electron.vite.config.ts, without building main and preload.
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

export default defineConfig({
  root: resolve(import.meta.dirname),
  base: './',
  plugins: [react()],
  build: {
    outDir: resolve(import.meta.dirname, '../out/renderer'),
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
  },
});
