import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { nepApi, renderRoutes, verzoekenNaar } from '../../../../../test/support/web';
import { InzageverzoekPagina } from './InzageverzoekPagina';

function toon() {
  return renderRoutes([{ path: '/privacy/inzageverzoek', element: <InzageverzoekPagina /> }], '/privacy/inzageverzoek');
}

describe('InzageverzoekPagina', () => {
  it('zoekt de klant op BSN, laat de naam bevestigen en geeft dan de downloads', async () => {
    const verzoeken = nepApi({
      'POST /api/audit/klant-op-bsn': { status: 200, body: { klantId: 'k1', naam: 'Anna Bakker' } },
    });
    toon();
    await userEvent.type(screen.getByLabelText('BSN van de klant'), '123456782');
    await userEvent.click(screen.getByRole('button', { name: 'Klant zoeken' }));

    const vraag = await screen.findByRole('heading', { name: '2. Is dit de juiste klant?' });
    expect(vraag).toHaveFocus();
    expect(screen.getByText('Anna Bakker', { selector: 'strong' })).toBeInTheDocument();
    expect(verzoekenNaar(verzoeken, 'POST', '/api/audit/klant-op-bsn')[0].body).toEqual({ bsn: '123456782' });
    // Nothing to download before the name is confirmed.
    expect(screen.queryByRole('link')).not.toBeInTheDocument();

    await userEvent.click(screen.getByRole('button', { name: 'Ja, dit is de juiste klant' }));
    expect(screen.getByRole('heading', { name: '3. Gegevens van Anna Bakker downloaden' })).toHaveFocus();
    const pdf = screen.getByRole('link', { name: 'Download als PDF (voor de klant)' });
    const json = screen.getByRole('link', { name: 'Download als JSON' });
    expect(pdf).toHaveAttribute('href', '/api/v1/klanten/k1/inzage-export?formaat=pdf');
    expect(json).toHaveAttribute('href', '/api/v1/klanten/k1/inzage-export');
    expect(pdf).toHaveAttribute('download');
    expect(json).toHaveAttribute('download');
    // The downloads are plain links: the page itself fetched nothing more.
    expect(verzoeken).toHaveLength(1);
  });

  it('begint opnieuw als de naam niet klopt', async () => {
    nepApi({ 'POST /api/audit/klant-op-bsn': { status: 200, body: { klantId: 'k1', naam: 'Anna Bakker' } } });
    toon();
    await userEvent.type(screen.getByLabelText('BSN van de klant'), '123456782{Enter}');
    await userEvent.click(await screen.findByRole('button', { name: 'Nee, opnieuw zoeken' }));
    expect(screen.getByLabelText('BSN van de klant')).toHaveValue('');
    expect(screen.queryByText('Anna Bakker')).not.toBeInTheDocument();
    expect(screen.queryByRole('link')).not.toBeInTheDocument();
  });

  it('meldt bij het veld dat er geen klant met dit BSN is', async () => {
    nepApi({
      'POST /api/audit/klant-op-bsn': {
        status: 404,
        body: { statusCode: 404, code: 'NIET_GEVONDEN', message: 'Niet gevonden.' },
      },
    });
    toon();
    await userEvent.type(screen.getByLabelText('BSN van de klant'), '123456782{Enter}');
    expect(await screen.findByText('Er is geen klant met dit BSN.')).toBeInTheDocument();
    expect(screen.getByLabelText('BSN van de klant')).toHaveAttribute('aria-invalid', 'true');
    expect(screen.queryByRole('heading', { name: '2. Is dit de juiste klant?' })).not.toBeInTheDocument();
  });
});
