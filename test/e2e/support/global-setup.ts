import { nieuweDataMap, startServer, vrijePoort, type DraaiendeServer } from './server';

declare global {
  var __KIB_E2E_SERVER__: DraaiendeServer | undefined;
}

/** One product instance for the browser tests: embedded database, demo data, exactly as `npm start` runs it. */
export default async function globalSetup(): Promise<void> {
  const server = await startServer({
    DATA_DIR: nieuweDataMap(),
    EMBEDDED_POSTGRES_PORT: String(await vrijePoort()),
  });
  globalThis.__KIB_E2E_SERVER__ = server;
  process.env.KIB_E2E_URL = server.url;
}
