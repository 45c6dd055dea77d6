import {
  Inject,
  Injectable,
  type CallHandler,
  type ExecutionContext,
  type NestInterceptor,
} from '@nestjs/common';
import { from, type Observable } from 'rxjs';
import type { Actor } from '@app/kernel';
import { CaseKindRegistry } from '../registry/case-kind-registry';
import { CaseStateService } from './case-state.service';
import { matchCaseRoute } from './case-route';
import { parseInstant, parseTimeAxis } from './point-in-time';

interface RoutedRequest {
  method: string;
  route?: { path?: unknown };
  params: Record<string, string | undefined>;
  query: Record<string, unknown>;
  /** Set by the AccessGuard: who reads. */
  principal?: { personId: string; role: Actor['role'] };
}

/**
 * Serves `?asOf=` for every kind without each feature writing it (issue 7, part 2). It runs on
 * the feature's own `GET …/<kind>/:id` route, after the AccessGuard has checked that route's
 * token, council and roles, and answers in the handler's place when `asOf` is present. Being
 * global, it matches by the route pattern (not the URL), so `/hearings/:id/history` or a
 * `/hearings/open` literal route is never taken for a case.
 */
@Injectable()
export class AsOfInterceptor implements NestInterceptor {
  constructor(
    @Inject(CaseStateService) private readonly states: CaseStateService,
    @Inject(CaseKindRegistry) private readonly registry: CaseKindRegistry,
  ) {}

  intercept(context: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (context.getType() !== 'http') return next.handle();
    const request = context.switchToHttp().getRequest<RoutedRequest>();
    const asOf = request.query?.asOf;
    if (request.method !== 'GET' || asOf === undefined) return next.handle();
    const route = matchCaseRoute(request.route?.path);
    const councilId = request.params.councilId;
    const id = route && request.params[route.idParam];
    if (!route || !this.registry.has(route.kind) || !councilId || !id) return next.handle();
    const at = parseInstant(asOf, 'asOf');
    const time = parseTimeAxis(request.query.time);
    const principal = request.principal;
    const reader = principal && { personId: principal.personId, role: principal.role };
    return from(this.states.asOf(councilId, route.kind, id, { at, time }, reader));
  }
}
