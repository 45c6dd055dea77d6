import { type DynamicModule, Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AccessGuard } from './guard/access.guard';
import { resolveAuthSecret } from './tokens/auth-secret';
import { TokenService } from './tokens/token.service';

export interface AccessModuleOptions {
  /** Where the generated secret lives when `authSecret` is unset (DATA_DIR). */
  dataDir: string;
  /** AUTH_SECRET. */
  authSecret?: string;
}

/** Registers the AccessGuard for every route and exports the TokenService. */
@Module({})
export class AccessModule {
  static forRoot(options: AccessModuleOptions): DynamicModule {
    return {
      module: AccessModule,
      global: true,
      providers: [
        { provide: TokenService, useFactory: () => new TokenService(resolveAuthSecret(options)) },
        { provide: APP_GUARD, useClass: AccessGuard },
      ],
      exports: [TokenService],
    };
  }
}
