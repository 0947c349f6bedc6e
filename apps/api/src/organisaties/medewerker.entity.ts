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

  /** argon2id hash; never leaves the service layer. */
  @Column({ select: false })
  wachtwoordHash!: string;

  @Column({ default: true })
  actief!: boolean;

  @CreateDateColumn({ type: 'timestamptz' })
  aangemaaktOp!: Date;
}
