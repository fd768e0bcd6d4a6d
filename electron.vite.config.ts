import { resolve } from 'node:path';
import { defineConfig } from 'electron-vite';
import react from '@vitejs/plugin-react';

const alias = { '@shared': resolve(__dirname, 'src/shared') };

export default defineConfig({
  main: {
    resolve: { alias },
    build: {
      // npm packages stay in node_modules (keytar is native; mongoose is large).
      externalizeDeps: true,
      rollupOptions: {
        input: {
          // The Electron main process.
          index: resolve(__dirname, 'src/main/index.ts'),
          // Web mode: the same router over loopback HTTP, runnable with plain Node.
          web: resolve(__dirname, 'src/main/web/cli.ts'),
        },
        output: { format: 'cjs' },
      },
    },
  },
  preload: {
    // A sandboxed preload cannot `require` npm packages or be an ES module:
    // bundle everything into one CommonJS file.
    resolve: { alias },
    build: {
      externalizeDeps: false,
      rollupOptions: {
        external: ['electron'],
        input: { index: resolve(__dirname, 'src/preload/index.ts') },
        output: { format: 'cjs', entryFileNames: '[name].js' },
      },
    },
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    resolve: { alias },
    plugins: [react()],
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } },
    },
  },
});
