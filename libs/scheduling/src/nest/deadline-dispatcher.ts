import { Injectable, Logger } from '@nestjs/common';
import type { FiredDeadline } from '../deadline-job';

export type DeadlineHandler = (fired: FiredDeadline) => Promise<void>;

/**
 * Where a fired deadline goes, by `deadline.command.type`. Feature modules register their
 * scheduled command types (typically in `onModuleInit`, before the worker starts on bootstrap)
 * and map them to their command bus message.
 */
@Injectable()
export class DeadlineDispatcher {
  private readonly logger = new Logger(DeadlineDispatcher.name);
  private readonly handlers = new Map<string, DeadlineHandler>();
  private fallback?: DeadlineHandler;

  register(commandType: string, handler: DeadlineHandler): void {
    // Two features claiming one command type is a wiring mistake; failing at start shows it.
    if (this.handlers.has(commandType))
      throw new Error(`deadline command ${commandType} already has a handler`);
    this.handlers.set(commandType, handler);
  }

  /** For types nobody registered, e.g. a handler that routes by stream category instead. */
  registerFallback(handler: DeadlineHandler): void {
    this.fallback = handler;
  }

  has(commandType: string): boolean {
    return this.handlers.has(commandType) || this.fallback !== undefined;
  }

  /** An unknown type fails the job (and so is retried): a worker of a newer release may know it. */
  readonly dispatch = async (fired: FiredDeadline): Promise<void> => {
    const type = fired.deadline.command.type;
    const handler = this.handlers.get(type) ?? this.fallback;
    if (!handler) {
      this.logger.error(`no handler for deadline command ${type} (${fired.streamId}, ${fired.deadline.id})`);
      throw new Error(`no handler for deadline command ${type}`);
    }
    await handler(fired);
  };
}
