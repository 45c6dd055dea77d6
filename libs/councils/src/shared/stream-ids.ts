/** Stream ids are `<category>-<id>` (DESIGN.md). */
export const councilStreamId = (councilId: string) => `council-${councilId}`;
export const meetingStreamId = (meetingId: string) => `meeting-${meetingId}`;
