import { ApiProperty } from '@nestjs/swagger';
import { JaNeeVeld, TekstVeld } from '../../common/validatie';

const ORGANISATIE_CODE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

export class InlogMethodenQuery {
  @TekstVeld({
    max: 60,
    patroon: ORGANISATIE_CODE,
    patroonMelding: 'moet de code van een organisatie zijn: kleine letters, cijfers en streepjes',
    voorbeeld: 'sociale-dienst-demo',
    beschrijving: 'De code van de organisatie (organisatie.code)',
  })
  organisatie!: string;
}

export class InlogMethodenDto {
  @ApiProperty({ description: 'Inloggen met gebruikersnaam en wachtwoord van Klant in Beeld kan' })
  wachtwoord!: boolean;
  @ApiProperty({ description: 'Inloggen met het account van de organisatie (OpenID Connect) kan' })
  oidc!: boolean;
  @ApiProperty({ description: 'Naam van de organisatie, voor de knop', example: 'Sociale Dienst Demo' })
  naam!: string;
}

export class OidcInstellingInvoerDto {
  @TekstVeld({
    max: 500,
    optioneel: true,
    patroon: /^(https?:\/\/\S+)?$/,
    patroonMelding: 'moet een adres zijn dat met https:// begint',
    voorbeeld: 'https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/v2.0',
    beschrijving: 'De issuer van de OpenID-provider; leeg of weggelaten: geen inloggen met het eigen account',
  })
  issuer?: string;

  @TekstVeld({
    max: 500,
    optioneel: true,
    voorbeeld: 'klant-in-beeld',
    beschrijving: 'De client id die de provider aan Klant in Beeld gaf',
  })
  clientId?: string;

  @TekstVeld({
    max: 2000,
    optioneel: true,
    beschrijving:
      'Het client secret. Alleen schrijven: weglaten houdt het huidige; wordt versleuteld bewaard en nooit teruggegeven',
  })
  clientGeheim?: string;

  @JaNeeVeld({ beschrijving: 'Bij uitloggen ook uitloggen bij de provider (als die dat aanbiedt)' })
  uitloggenBijProvider!: boolean;

  @JaNeeVeld({ beschrijving: 'Medewerkers mogen ook met gebruikersnaam en wachtwoord van Klant in Beeld inloggen' })
  wachtwoordToegestaan!: boolean;
}

export class OidcInstellingDto {
  @ApiProperty({ nullable: true, type: String, description: 'De issuer; null: niet ingesteld' })
  issuer!: string | null;
  @ApiProperty({ nullable: true, type: String }) clientId!: string | null;
  @ApiProperty({ description: 'Er is een client secret opgeslagen (het secret zelf komt nooit terug)' })
  clientGeheimIngesteld!: boolean;
  @ApiProperty() uitloggenBijProvider!: boolean;
  @ApiProperty() wachtwoordToegestaan!: boolean;
  @ApiProperty({ description: 'De code van de organisatie in het inlogadres', example: 'sociale-dienst-demo' })
  organisatieCode!: string;
  @ApiProperty({ description: 'Redirect URI om bij de provider te registreren' }) redirectUri!: string;
  @ApiProperty({ description: 'Adres na uitloggen bij de provider (post_logout_redirect_uri) om te registreren' })
  uitlogRedirectUri!: string;
  @ApiProperty({ description: 'Inlogadres om aan medewerkers te geven' }) inlogUrl!: string;
}

export class UitlogAdresDto {
  @ApiProperty({
    nullable: true,
    type: String,
    description: 'Waar de browser na het uitloggen heen gaat om ook bij de provider uit te loggen; null: nergens',
  })
  url!: string | null;
}
