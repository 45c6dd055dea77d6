import { applyDecorators, SetMetadata } from '@nestjs/common';
import { ApiExtension } from '@nestjs/swagger';

export const IS_PUBLIC_KEY = 'access:public';

/** Marks the operation in the OpenAPI document, which then declares it needs no security. */
export const PUBLIC_EXTENSION = 'x-public';

/** The route needs no token (health, the OpenAPI document). */
export const Public = () =>
  applyDecorators(SetMetadata(IS_PUBLIC_KEY, true), ApiExtension(PUBLIC_EXTENSION, true));
