import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const pad = (relatief: string) => fileURLToPath(new URL(relatief, import.meta.url));

/**
 * Compressed copies (.br, .gz) beside each script and stylesheet, made once at build time with the strongest
 * settings; the API serves them to browsers that accept them (apps/api/src/common/webapp-statisch.ts).
 */
function gecomprimeerdeKopieen(): Plugin {
  return {
    name: 'kib-gecomprimeerde-kopieen',
    apply: 'build',
    writeBundle(opties, bundel) {
      for (const bestand of Object.keys(bundel).filter((naam) => /^assets\/.+\.(js|css)$/.test(naam))) {
        const volledig = join(opties.dir!, bestand);
        const inhoud = readFileSync(volledig);
        writeFileSync(
          `${volledig}.br`,
          brotliCompressSync(inhoud, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }),
        );
        writeFileSync(`${volledig}.gz`, gzipSync(inhoud, { level: 9 }));
      }
    },
  };
}

export default defineConfig({
  root: pad('.'),
  plugins: [react(), gecomprimeerdeKopieen()],
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
