import {
  type CallHandler,
  type ExecutionContext,
  Injectable,
  type NestInterceptor,
  SetMetadata,
} from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { map, type Observable } from 'rxjs';

export const LOCATION_KEY = 'openapi:location';

/** The request a `Location` is derived from: its path parameters and its (validated) body. */
export interface CreatedFrom {
  params: Record<string, string>;
  body: Record<string, unknown>;
}

/** The URL of what a create made, from the request and the answer (use `apiPath`). */
export type LocationOf<A = { id: string }> = (request: CreatedFrom, answer: A) => string;

export const LocationMetadata = (location: LocationOf<never>) => SetMetadata(LOCATION_KEY, location);

/** Sets `Location` on a create's 201 answer (RFC 9110 section 10.2.2) once the answer is known. */
@Injectable()
export class LocationInterceptor implements NestInterceptor {
  constructor(private readonly reflector: Reflector) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    const location = this.reflector.get<LocationOf<unknown> | undefined>(LOCATION_KEY, context.getHandler());
    if (!location) return next.handle();
    const http = context.switchToHttp();
    const request = http.getRequest<CreatedFrom>();
    const response = http.getResponse<{ setHeader(name: string, value: string): void }>();
    return next.handle().pipe(
      map((answer: unknown) => {
        response.setHeader('Location', location(request, answer));
        return answer;
      }),
    );
  }
}
