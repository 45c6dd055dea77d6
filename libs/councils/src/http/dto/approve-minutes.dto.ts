import { OccurredAtDto } from '@app/access';

/** Approving minutes takes no fields but its business time: when the council approved them. */
export class ApproveMinutesDto extends OccurredAtDto {}
