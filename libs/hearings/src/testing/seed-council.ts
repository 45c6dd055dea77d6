import type { CommandExecutor } from '@app/event-store';
import { councilDecider, type CouncilCommand } from '@app/councils';
import { councilStreamId, type CommandMetadata } from '@app/kernel';

/**
 * A council for the hearing suites, written through the council decider (the councils HTTP
 * routes are another engineer's): members, an optional chair, one secretary.
 */
export async function seedCouncil(
  executor: CommandExecutor,
  councilId: string,
  options: {
    members: string[];
    chair?: string;
    secretary: string;
    timeZone?: string;
    reminderOffsets?: string[];
    now?: string;
  },
): Promise<void> {
  const metadata: CommandMetadata = {
    actor: { personId: 'admin-1', role: 'admin' },
    councilId,
    now: options.now ?? new Date().toISOString(),
    correlationId: `seed-${councilId}`,
    causationId: `seed-${councilId}`,
  };
  const run = (type: CouncilCommand['type'], data: unknown) =>
    executor.execute(councilDecider, councilStreamId(councilId), { type, data, metadata } as CouncilCommand);
  await run('CreateCouncil', {
    councilId,
    name: 'Udsatterådet',
    timeZone: options.timeZone ?? 'Europe/Copenhagen',
    reminderOffsets: options.reminderOffsets ?? ['P7D', 'P2D'],
  });
  for (const [i, personId] of options.members.entries())
    await run('AppointMember', {
      personId,
      name: personId,
      organisation: `Organisation ${i + 1}`,
      email: `${personId}@example.org`,
    });
  if (options.chair) await run('ElectChair', { personId: options.chair });
  await run('AssignSecretary', {
    personId: options.secretary,
    name: options.secretary,
    email: `${options.secretary}@example.org`,
  });
}
