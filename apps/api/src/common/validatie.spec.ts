import { ValidationError } from 'class-validator';
import { naarVeldFouten } from './validatie';

function fout(
  property: string,
  constraints: Record<string, string>,
  children: ValidationError[] = [],
): ValidationError {
  return Object.assign(new ValidationError(), { property, constraints, children });
}

describe('naarVeldFouten', () => {
  it('geeft één melding per veld, met voorrang voor onbekend en verplicht', () => {
    expect(
      naarVeldFouten([
        fout('naam', { isString: 'moet tekst zijn', isDefined: 'property naam should not be null or undefined' }),
        fout('extra', { whitelistValidation: 'property extra should not exist' }),
      ]),
    ).toEqual([
      { veld: 'naam', melding: 'is verplicht' },
      { veld: 'extra', melding: 'is geen bekend veld' },
    ]);
  });

  it('noemt geneste velden met hun pad', () => {
    expect(naarVeldFouten([fout('adres', {}, [fout('postcode', { matches: 'moet een postcode zijn' })])])).toEqual([
      { veld: 'adres.postcode', melding: 'moet een postcode zijn' },
    ]);
  });
});
