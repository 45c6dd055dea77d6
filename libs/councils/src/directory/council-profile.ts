/** What other features need to know about a council (hearings, budget, follow-ups code against it). */
export interface CouncilProfile {
  id: string;
  name: string;
  timeZone: string;
  reminderOffsets: string[];
  /** Current members only. */
  members: { personId: string; name: string; organisation: string; email: string }[];
  chairPersonId?: string;
  /** Who gets the secretary's reminders. */
  secretaries: { personId: string; name?: string; email?: string }[];
}
