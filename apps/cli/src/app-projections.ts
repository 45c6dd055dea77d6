import type { INestApplicationContext } from '@nestjs/common';
import { ProjectionRegistry, Projections } from '@app/event-store';
import { HISTORY_PROJECTIONS, type HistoryProjection } from '@app/history';

export function optional<T>(app: INestApplicationContext, token: unknown): T | undefined {
  try {
    return app.get<T>(token as never, { strict: false });
  } catch {
    return undefined;
  }
}

export type Rebuildable = Pick<HistoryProjection, 'name' | 'setup' | 'apply' | 'reset'>;

/** Every read model the app registered with the runner; history's own when there is no runner. */
export function projectionsOf(app: INestApplicationContext): readonly Rebuildable[] {
  const registered = optional<ProjectionRegistry>(app, ProjectionRegistry)?.all();
  if (registered && registered.length > 0) return registered as readonly Rebuildable[];
  return optional<HistoryProjection[]>(app, HISTORY_PROJECTIONS) ?? [];
}

/** The app started its runner at bootstrap; a second writer on the read models would collide. */
export async function stopProjectionRunner(app: INestApplicationContext): Promise<void> {
  await optional<Projections>(app, Projections)?.onModuleDestroy();
}
