/** A council's stream is `council-<id>` (kernel `councilStreamId`); its meetings are cases in it. */
export { councilStreamId } from '@app/kernel';
export const MEETING_CATEGORY = 'meeting';
