import { fireEvent, render, screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { AgendaWeek } from './AgendaWeek';

describe('AgendaWeek', () => {
  it('zet de gesprekken per werkdag op tijd, en bladert per week', () => {
    const onWeek = jest.fn();
    render(
      <MemoryRouter>
        <AgendaWeek
          week="2026-12-09"
          onWeek={onWeek}
          regels={[
            {
              uitnodigingId: 'u2',
              datumTijd: '2026-12-08T13:00:00Z',
              klantId: 'k2',
              klantNaam: 'Piet Pietersen',
              locatie: 'Stadskantoor',
              campagneNaam: 'Herscreening',
            },
            {
              uitnodigingId: 'u1',
              datumTijd: '2026-12-08T09:00:00Z',
              klantId: 'k1',
              klantNaam: 'Jan Jansen',
              locatie: 'Stadskantoor',
              campagneNaam: 'Herscreening',
            },
          ]}
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(
      'Week van maandag 7 december tot en met vrijdag 11 december',
    );
    const dinsdag = screen.getByRole('heading', { name: 'dinsdag 8 december' }).parentElement!;
    expect(
      within(dinsdag)
        .getAllByRole('listitem')
        .map((li) => li.textContent),
    ).toEqual(['10:00 Jan Jansen, Stadskantoor (Herscreening)', '14:00 Piet Pietersen, Stadskantoor (Herscreening)']);
    const maandag = screen.getByRole('heading', { name: 'maandag 7 december' }).parentElement!;
    expect(within(maandag).getByText('Geen gesprekken gepland.')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Volgende week' }));
    expect(onWeek).toHaveBeenCalledWith('2026-12-14');
  });
});
