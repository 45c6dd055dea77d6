import { str, type ReportEvent } from './report-event';

/**
 * The council's seats over time, from its own stream: who was a member at a moment (for
 * attendance) and which organisation a member sits for (for input per organisation).
 * Seed 001: one seat per organisation, and an appointee who `replaces` someone unseats them.
 */
export function councilMembers(events: readonly ReportEvent[]) {
  const changes: { at: number; personId: string; seated: boolean }[] = [];
  const organisation = new Map<string, string>();
  for (const e of events) {
    if (e.kind !== 'councils') continue;
    const personId = str(e.data.personId);
    if (!personId) continue;
    const at = Date.parse(e.at);
    if (e.type === 'MemberAppointed') {
      const org = str(e.data.organisation);
      if (org) organisation.set(personId, org);
      const replaced = str((e.data.replaces as { personId?: unknown } | undefined)?.personId);
      if (replaced) changes.push({ at, personId: replaced, seated: false });
      changes.push({ at, personId, seated: true });
    }
    if (e.type === 'MemberResigned') changes.push({ at, personId, seated: false });
  }
  return {
    organisationOf: (personId: string) => organisation.get(personId),
    membersAt(iso: string): string[] {
      const t = Date.parse(iso);
      const seated = new Set<string>();
      for (const c of changes) {
        if (c.at > t) continue;
        if (c.seated) seated.add(c.personId);
        else seated.delete(c.personId);
      }
      return [...seated].sort();
    },
  };
}
