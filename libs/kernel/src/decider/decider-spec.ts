import { deepStrictEqual, fail } from 'node:assert/strict';
import type { Command } from '../commands/command-metadata';
import type { DomainEvent } from '../events/domain-event';
import { fold, type Decider } from './decider';

type ErrorClass = abstract new (...args: never[]) => Error;

/**
 * given/when/then for deciders:
 * `spec(decider).given(events).when(command).then(events)` or `.thenThrows(ErrorType)`.
 * Uses node:assert so it works in any runner and throws a readable diff.
 */
export function deciderSpec<C extends Command, E extends DomainEvent, S>(decider: Decider<C, E, S>) {
  return {
    given(history: E[]) {
      return {
        when(command: C) {
          const run = () => decider.decide(command, fold(decider, history));
          return {
            then(expected: E[]): void {
              deepStrictEqual(run(), expected);
            },
            thenThrows(errorType: ErrorClass, message?: string | RegExp): void {
              let events: E[];
              try {
                events = run();
              } catch (error) {
                if (!(error instanceof errorType)) {
                  fail(
                    `expected ${errorType.name}, got ${(error as Error)?.constructor?.name}: ${String(error)}`,
                  );
                }
                if (message instanceof RegExp && !message.test((error as Error).message)) {
                  fail(`expected message matching ${message}, got "${(error as Error).message}"`);
                }
                if (typeof message === 'string' && (error as Error).message !== message) {
                  fail(`expected message "${message}", got "${(error as Error).message}"`);
                }
                return;
              }
              fail(`expected ${errorType.name}, but the command was accepted with ${JSON.stringify(events)}`);
            },
          };
        },
        /** The state after the history, for asserting derived values. */
        state(): S {
          return fold(decider, history);
        },
      };
    },
  };
}
