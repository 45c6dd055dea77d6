import { OccurredAtDto } from '@app/access';

/** A resignation takes no fields but its business time: when the member left. */
export class ResignMemberDto extends OccurredAtDto {}
