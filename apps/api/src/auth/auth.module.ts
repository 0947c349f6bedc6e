import { Module } from '@nestjs/common';
import { JwtModule } from '@nestjs/jwt';
import { PassportModule } from '@nestjs/passport';
import { ThrottlerModule } from '@nestjs/throttler';
import type { Request } from 'express';
import type { AppConfig } from '../config';
import { APP_CONFIG } from '../config.token';
import { AuthController } from './auth.controller';
import { AuthService } from './auth.service';
import { JwtStrategy } from './jwt.strategy';
import { LoginThrottlerGuard } from './login-throttler.guard';

function gebruikersnaam(request: Request): string {
  const waarde = (request.body as { gebruikersnaam?: unknown } | undefined)?.gebruikersnaam;
  return typeof waarde === 'string' ? waarde.trim().toLowerCase() : '';
}

const MINUUT = 60_000;

@Module({
  imports: [
    PassportModule,
    JwtModule.registerAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({ secret: config.jwtGeheim, signOptions: { algorithm: 'HS256' } }),
    }),
    // Login attempts: about 10 a minute per user name from one address; more in all per user name (guessing
    // from many addresses) and per address (a gemeente office behind one NAT address logs in at 9:00).
    ThrottlerModule.forRoot([
      { name: 'naamEnAdres', ttl: MINUUT, limit: 10, getTracker: (req) => `${req.ip}|${gebruikersnaam(req as Request)}` },
      { name: 'naam', ttl: MINUUT, limit: 30, getTracker: (req) => gebruikersnaam(req as Request) },
      { name: 'adres', ttl: MINUUT, limit: 120, getTracker: (req) => String(req.ip) },
    ]),
  ],
  controllers: [AuthController],
  providers: [AuthService, JwtStrategy, LoginThrottlerGuard],
  exports: [AuthService],
})
export class AuthModule {}
