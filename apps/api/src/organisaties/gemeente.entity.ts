import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('gemeente')
export class Gemeente {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column('uuid')
  organisatieId!: string;

  /** CBS gemeentecode, e.g. GM0193 (Zwolle). */
  @Column()
  cbsCode!: string;

  @Column()
  naam!: string;
}
