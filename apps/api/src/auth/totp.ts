import { createGuardrails, generate, generateSecret, generateURI, verify } from 'otplib';
import { toDataURL } from 'qrcode';

/**
 * TOTP (RFC 6238) as authenticator apps do it: 6 digits, 30-second steps, SHA-1. A code of the step before or after
 * is accepted (clock drift); a step once used is not accepted again (replay).
 */
const UITGEVER = 'Klant in Beeld';
// The well-known demo secret (JBSWY3DPEHPK3PXP) is 80 bits; RFC 4226 asks for at least 128 for real ones, which
// generateSecret() gives. Accept the shorter ones we already hold.
const GRENZEN = createGuardrails({ MIN_SECRET_BYTES: 10 });

export interface TotpInrichting {
  geheim: string;
  otpauthUri: string;
  /** PNG as a data: URL, for an <img>. */
  qrCode: string;
}

export function nieuwTotpGeheim(): string {
  return generateSecret();
}

export async function totpInrichting(
  geheim: string,
  gebruikersnaam: string,
  organisatie: string,
): Promise<TotpInrichting> {
  const otpauthUri = generateURI({ issuer: UITGEVER, label: `${gebruikersnaam} (${organisatie})`, secret: geheim });
  return {
    geheim,
    otpauthUri,
    qrCode: await toDataURL(otpauthUri, { errorCorrectionLevel: 'M', margin: 1, width: 240 }),
  };
}

/** The time step the code belongs to when it is valid and newer than `laatsteStap`; otherwise undefined. */
export async function controleerTotp(
  geheim: string,
  code: string,
  laatsteStap: number | null,
): Promise<number | undefined> {
  if (!/^\d{6}$/.test(code)) return undefined;
  const uitkomst = await verify({
    secret: geheim,
    token: code,
    epochTolerance: 30,
    guardrails: GRENZEN,
    ...(laatsteStap !== null ? { afterTimeStep: laatsteStap } : {}),
  }).catch(() => undefined);
  if (!uitkomst?.valid) return undefined;
  // The TOTP result carries the matched step (the shared result type only declares delta).
  return (uitkomst as { timeStep?: number }).timeStep ?? Math.floor(Date.now() / 30_000) + uitkomst.delta;
}

/** For tests and the demo: the current code of a secret. */
export function totpCode(geheim: string, moment = Date.now()): Promise<string> {
  return generate({ secret: geheim, guardrails: GRENZEN, epoch: Math.floor(moment / 1000) });
}
