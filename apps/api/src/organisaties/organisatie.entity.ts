import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** The tenant: a gemeente's social service or an uitvoeringsorganisatie serving several gemeenten. */
@Entity('organisatie')
export class Organisatie {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column()
  naam!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  aangemaaktOp!: Date;
}
