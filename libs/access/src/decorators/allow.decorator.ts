import { SetMetadata } from '@nestjs/common';
import type { AccessRole } from '../roles';

export const ALLOWED_ROLES_KEY = 'access:allowed-roles';

/**
 * The roles that may call the route; any other role gets 403. A route with neither `@Allow`
 * nor `@Public` is closed to everybody (403), so a forgotten decorator fails shut.
 */
export const Allow = (...roles: AccessRole[]) => SetMetadata(ALLOWED_ROLES_KEY, roles);
