import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('ladder_meting')
export class LadderMeting {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column('uuid') organisatieId!: string;
  @Column('uuid') klantId!: string;
  @Column('uuid') medewerkerId!: string;
  @Column('smallint') trede!: number;
  @Column('smallint', { nullable: true }) doeltrede!: number | null;
  @Column('date') gemetenOp!: string;
  @Column('text', { nullable: true }) toelichting!: string | null;
  @Column({ type: 'timestamptz', insert: false, update: false }) aangemaaktOp!: Date;
}
