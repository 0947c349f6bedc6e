import type { VrijstellingOmvang, VrijstellingReden, VrijstellingSoort } from '@klant-in-beeld/domain';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('vrijstelling')
export class Vrijstelling {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organisatieId!: string;
  @Column('uuid') klantId!: string;
  @Column('uuid') medewerkerId!: string;
  @Column('text') soort!: VrijstellingSoort;
  @Column('text', { array: true }) omvang!: VrijstellingOmvang[];
  @Column('text') reden!: VrijstellingReden;
  @Column('date') ingangsdatum!: string;
  @Column('date', { nullable: true }) einddatum!: string | null;
  @Column('date') herbeoordelingsdatum!: string;
  @Column('text', { nullable: true }) beschikkingKenmerk!: string | null;
  @Column('date', { nullable: true }) beschikkingDatum!: string | null;
  @Column('text', { nullable: true }) besluitUrl!: string | null;
  @Column('text', { nullable: true }) toelichting!: string | null;
  @Column('date', { nullable: true }) ingetrokkenOp!: string | null;
  @Column('int', { default: 1 }) versie!: number;
  @Column({ type: 'timestamptz', insert: false, update: false }) aangemaaktOp!: Date;
  @Column({ type: 'timestamptz', insert: false }) gewijzigdOp!: Date;
}
