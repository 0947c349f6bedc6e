import type { Rol } from '@klant-in-beeld/domain';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('medewerker')
export class Medewerker {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organisatieId!: string;

  @Column('uuid', { nullable: true })
  teamId!: string | null;

  /** Unique across all organisaties: it is what people log in with. Stored in lower case. */
  @Column()
  gebruikersnaam!: string;

  @Column()
  naam!: string;

  @Column('text')
  rol!: Rol;

  /** argon2id hash; null for an account that only logs in through the identity provider. */
  @Column('text', { select: false, nullable: true })
  wachtwoordHash!: string | null;

  @Column('text', { nullable: true })
  email!: string | null;

  /** Optimistic locking for the beheer screens. */
  @Column({ default: 1 })
  versie!: number;

  @Column({ default: true })
  actief!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  aangemaaktOp!: Date;
}
