import { Inject, Injectable, UnauthorizedException } from '@nestjs/common';
import { JwtService } from '@nestjs/jwt';
import { InjectDataSource } from '@nestjs/typeorm';
import * as argon2 from 'argon2';
import { DataSource } from 'typeorm';
import { DomeinFout } from '../common/fouten';
import { LoginAntwoordDto, LoginDto, MedewerkerDto } from './dto/login.dto';
import { SESSIE_DUUR_SECONDEN } from './sessie';

export interface TokenInhoud {
  sub: string;
  org: string;
}

const ONJUIST = 'Gebruikersnaam of wachtwoord is onjuist.';

@Injectable()
export class AuthService {
  /** Verified against when the user does not exist, so both failures take the same time. */
  private readonly dummyHash = argon2.hash('geen-echte-gebruiker', { type: argon2.argon2id });

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    @Inject(JwtService) private readonly jwt: JwtService,
  ) {}

  async login(invoer: LoginDto): Promise<LoginAntwoordDto> {
    const rij = await this.db.query(
      `SELECT id, wachtwoord_hash AS "wachtwoordHash", actief FROM medewerker WHERE gebruikersnaam = $1`,
      [invoer.gebruikersnaam.trim().toLowerCase()],
    );
    const gevonden: { id: string; wachtwoordHash: string; actief: boolean } | undefined = rij[0];
    const hash = gevonden?.wachtwoordHash ?? (await this.dummyHash);
    const klopt = await argon2.verify(hash, invoer.wachtwoord).catch(() => false);
    if (!gevonden || !klopt || !gevonden.actief) {
      throw new DomeinFout(401, 'ONJUISTE_INLOG', ONJUIST);
    }
    const medewerker = await this.medewerker(gevonden.id);
    if (!medewerker) throw new UnauthorizedException();
    const inhoud: TokenInhoud = { sub: medewerker.id, org: medewerker.organisatieId };
    const accessToken = await this.jwt.signAsync(inhoud, { expiresIn: SESSIE_DUUR_SECONDEN });
    return { accessToken, medewerker };
  }

  /** The medewerker as the API shows it, or undefined when unknown or no longer active. */
  async medewerker(id: string): Promise<MedewerkerDto | undefined> {
    const rijen: MedewerkerDto[] = await this.db.query(
      `SELECT m.id, m.gebruikersnaam, m.naam, m.rol, m.team_id AS "teamId", m.organisatie_id AS "organisatieId",
              o.naam AS "organisatieNaam", t.naam AS "teamNaam"
         FROM medewerker m
         JOIN organisatie o ON o.id = m.organisatie_id
         LEFT JOIN team t ON t.id = m.team_id
        WHERE m.id = $1 AND m.actief`,
      [id],
    );
    return rijen[0];
  }
}
