import { ApiProperty } from '@nestjs/swagger';
import { GeheelGetalVeld, JaNeeVeld, KeuzeVeld } from '../../common/validatie';

export class BewaartermijnInvoerDto {
  @GeheelGetalVeld({
    min: 1,
    max: 30,
    voorbeeld: 10,
    beschrijving: 'Na zoveel jaar na de uitstroom worden de persoonsgegevens verwijderd',
  })
  jarenNaUitstroom!: number;

  @JaNeeVeld({ beschrijving: 'Elke nacht vanzelf anonimiseren wat over de termijn is' })
  automatisch!: boolean;
}

export class BewaartermijnDto extends BewaartermijnInvoerDto {
  @ApiProperty({ description: 'Klanten die nu over de termijn zijn en nog persoonsgegevens hebben' })
  teAnonimiseren!: number;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'Laatste keer dat er is geanonimiseerd' })
  laatstGeanonimiseerdOp!: string | null;
}

export class AnonimiserenQuery {
  @KeuzeVeld(['true', 'false'], { optioneel: true, beschrijving: 'true: alleen tellen, niets wijzigen' })
  proefrun?: 'true' | 'false';
}

export class AnonimiserenDto {
  @ApiProperty() aantal!: number;
  @ApiProperty() proefrun!: boolean;
}
