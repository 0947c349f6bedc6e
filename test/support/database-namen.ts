import { createServer } from 'node:net';

export const TEMPLATE_DATABASE = 'kib_test_template';

/** The application's login in tests: a member of kib_app, like production (no DDL, row-level security applies). */
export const TEST_TOEPASSINGSLOGIN = 'kib_test_toepassing';
export const TEST_TOEPASSINGSWACHTWOORD = 'test-toepassing-wachtwoord';

/** A TCP port nobody listens on right now. */
export function vrijePoort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const adres = server.address();
      server.close(() => resolve(typeof adres === 'object' && adres ? adres.port : 0));
    });
  });
}
