import { randomUUID } from 'node:crypto';

/** Ids are made at the edge (controllers, handlers), never inside a decider. */
export abstract class IdGenerator {
  abstract next(): string;
}

export class RandomIdGenerator extends IdGenerator {
  next(): string {
    return randomUUID();
  }
}
