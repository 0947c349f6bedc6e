import type { CampagneCriteria } from '@klant-in-beeld/domain';
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { CriteriaVelden } from './CriteriaVelden';
import { VoorbeeldUitkomst } from './VoorbeeldUitkomst';

function Formulier({ bij }: { bij: (c: CampagneCriteria) => void }) {
  const [criteria, zet] = useState<CampagneCriteria>({});
  return (
    <CriteriaVelden
      waarde={criteria}
      onChange={(c) => {
        zet(c);
        bij(c);
      }}
      categorieen={[
        { id: 'A', naam: 'Werk' },
        { id: 'B', naam: 'Zorg' },
      ]}
      gemeenten={[{ id: 'g1', naam: 'Utrecht' }]}
      teams={[]}
      fouten={{ 'criteria.minUitkeringsduurMaanden': 'De minimale uitkeringsduur is 0 maanden of meer.' }}
    />
  );
}

describe('CriteriaVelden', () => {
  it('geeft elke wijziging door als criteria, en een leeg veld als geen eis', () => {
    const bij = jest.fn();
    render(<Formulier bij={bij} />);
    fireEvent.change(screen.getByLabelText(/Niet gesproken sinds/), { target: { value: '12' } });
    expect(bij).toHaveBeenLastCalledWith({ nietGesprokenMaanden: 12 });
    fireEvent.click(screen.getByLabelText('Zorg'));
    fireEvent.click(screen.getByLabelText('Werk'));
    expect(bij).toHaveBeenLastCalledWith({ nietGesprokenMaanden: 12, categorieen: ['A', 'B'] });
    fireEvent.click(screen.getByLabelText('Zorg'));
    fireEvent.change(screen.getByLabelText(/Niet gesproken sinds/), { target: { value: '' } });
    expect(bij).toHaveBeenLastCalledWith({ nietGesprokenMaanden: undefined, categorieen: ['A'] });
    // No teams to choose: no empty fieldset.
    expect(screen.queryByRole('group', { name: 'Teams' })).toBeNull();
  });

  it('toont de fout van de API bij het veld', () => {
    render(<Formulier bij={jest.fn()} />);
    expect(screen.getByLabelText(/Minimale uitkeringsduur/).getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('De minimale uitkeringsduur is 0 maanden of meer.')).toBeTruthy();
  });
});

describe('VoorbeeldUitkomst', () => {
  it('toont het aantal per gemeente en per team', () => {
    render(
      <VoorbeeldUitkomst
        aantal={3}
        perGemeente={[{ naam: 'Utrecht', aantal: 3 }]}
        perTeam={[{ naam: 'Team Noord', aantal: 3 }]}
        criteria={{}}
      />,
    );
    expect(screen.getByRole('status').textContent).toBe('3 klanten voldoen aan de criteria.');
    expect(screen.getByText('Utrecht: 3')).toBeTruthy();
    expect(screen.getByText('Team Noord: 3')).toBeTruthy();
  });

  it('legt bij nul uit wat te verruimen', () => {
    render(<VoorbeeldUitkomst aantal={0} perGemeente={[]} perTeam={[]} criteria={{ minUitkeringsduurMaanden: 60 }} />);
    expect(screen.getByRole('alert').textContent).toContain('verlaag de minimale uitkeringsduur');
  });
});
