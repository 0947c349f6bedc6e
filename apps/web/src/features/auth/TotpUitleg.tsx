import type { TotpInstelling } from './api';

/** Groups of four are easier to copy by hand; authenticator apps ignore the spaces. */
function inGroepjes(geheim: string): string {
  return geheim.match(/.{1,4}/g)?.join(' ') ?? geheim;
}

/** What to do with the authenticator app, step by step: scan the QR code, or type the secret in by hand. */
export function TotpUitleg({ instelling }: { instelling: TotpInstelling }) {
  return (
    <div className="kib-totp">
      <img
        className="kib-totp__qr"
        src={instelling.qrCode}
        width={192}
        height={192}
        alt="QR-code om Klant in Beeld toe te voegen aan je authenticator-app"
      />
      <ol>
        <li>
          Open op je telefoon een authenticator-app. Bijvoorbeeld Microsoft Authenticator of Google Authenticator.
        </li>
        <li>Kies in de app voor een nieuw account en scan de QR-code.</li>
        <li>
          Lukt scannen niet? Typ dan deze sleutel over:{' '}
          <code className="kib-totp__geheim">{inGroepjes(instelling.geheim)}</code>
        </li>
        <li>De app laat nu een code van 6 cijfers zien. Vul die hieronder in.</li>
      </ol>
      <p className="kib-zacht">
        Werk je op je telefoon? <a href={instelling.otpauthUri}>Open de sleutel dan direct in je app.</a>
      </p>
    </div>
  );
}
