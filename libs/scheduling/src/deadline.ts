// Declared in the kernel, beside the aggregate descriptor whose deadline rules return them.
export type { Deadline, ScheduledCommand } from '@app/kernel';
