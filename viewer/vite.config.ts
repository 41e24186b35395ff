import { defineConfig } from 'vite';

// The viewer is served by `lettergraph serve` from viewer/dist, under a strict CSP:
// everything is bundled into external files, nothing inline.
export default defineConfig({
  base: './',
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 2000 },
  server: { fs: { allow: ['..'] } },
});
