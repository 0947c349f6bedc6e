import type { AfspraakSoort, AfspraakStatus } from '@klant-in-beeld/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('afspraak')
export class Afspraak {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organisatieId!: string;
  @Column('uuid') klantId!: string;
  @Column('uuid') medewerkerId!: string;
  @Column('text') soort!: AfspraakSoort;
  @Column('text') omschrijving!: string;
  @Column('date') startdatum!: string;
  @Column('date') einddatum!: string;
  @Column('text', { default: 'lopend' }) status!: AfspraakStatus;
  @Column('text', { nullable: true }) resultaatToelichting!: string | null;
  @Column('uuid', { nullable: true }) doelId!: string | null;
  @Column('int', { default: 1 }) versie!: number;
  @Column({ type: 'timestamptz', insert: false, update: false }) aangemaaktOp!: Date;
  @Column({ type: 'timestamptz', insert: false }) gewijzigdOp!: Date;
}
