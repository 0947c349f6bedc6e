import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const pad = (relatief: string) => fileURLToPath(new URL(relatief, import.meta.url));

export default defineConfig({
  root: pad('.'),
  plugins: [react()],
  resolve: {
    alias: [
      { find: /^@klant-in-beeld\/domain$/, replacement: pad('../../libs/domain/src/index.ts') },
      { find: /^@klant-in-beeld\/ui$/, replacement: pad('../../libs/ui/src/index.ts') },
      { find: /^@klant-in-beeld\/ui\/(.*)$/, replacement: pad('../../libs/ui/$1') },
    ],
  },
  build: {
    outDir: pad('../../dist/web'),
    emptyOutDir: true,
    sourcemap: true,
  },
  server: {
    port: 4200,
    // `npm run dev:web` next to `npm run dev:api`: the API runs on port 3000.
    proxy: { '/api': { target: process.env.API_URL ?? 'http://localhost:3000', changeOrigin: false } },
  },
});
