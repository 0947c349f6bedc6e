import type { Dienstverleningscategorie, Doelgroep, KlantStatus, Uitstroomreden } from '@klant-in-beeld/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

export interface Adres {
  straat: string;
  huisnummer: string;
  postcode: string;
  woonplaats: string;
}

@Entity('klant')
export class Klant {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organisatieId!: string;
  @Column('char', { length: 9 }) bsn!: string;
  @Column('text') voornamen!: string;
  @Column('text') achternaam!: string;
  @Column('date') geboortedatum!: string;
  @Column('uuid') gemeenteId!: string;
  @Column('jsonb', { nullable: true }) adres!: Adres | null;
  @Column('text', { nullable: true }) telefoon!: string | null;
  @Column('text', { nullable: true }) email!: string | null;
  @Column('text') doelgroep!: Doelgroep;
  @Column('date') startdatumUitkering!: string;
  @Column('text') dienstverleningscategorie!: Dienstverleningscategorie;
  @Column('uuid', { nullable: true }) klantmanagerId!: string | null;
  @Column('text', { default: 'actief' }) status!: KlantStatus;
  @Column('date', { nullable: true }) uitstroomdatum!: string | null;
  @Column('text', { nullable: true }) uitstroomreden!: Uitstroomreden | null;
  /** Maintained by a database trigger from contactmoment; never written by the application. */
  @Column({ type: 'timestamptz', nullable: true, insert: false, update: false }) laatstGezienOp!: Date | null;
  @Column('int', { default: 1 }) versie!: number;
  @Column({ type: 'timestamptz', insert: false, update: false }) aangemaaktOp!: Date;
  @Column({ type: 'timestamptz', insert: false }) gewijzigdOp!: Date;
}
