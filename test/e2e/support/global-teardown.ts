export default async function globalTeardown(): Promise<void> {
  const code = await globalThis.__KIB_E2E_SERVER__?.stop();
  if (code !== 0 && code !== undefined) {
    throw new Error(`De server stopte niet netjes (code ${code}):\n${globalThis.__KIB_E2E_SERVER__?.uitvoer()}`);
  }
}
