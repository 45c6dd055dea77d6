import { SetMetadata } from '@nestjs/common';

export const IS_PUBLIC_KEY = 'access:public';

/** The route needs no token (health, the OpenAPI document). */
export const Public = () => SetMetadata(IS_PUBLIC_KEY, true);
