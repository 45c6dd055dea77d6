import { Inject, Injectable } from '@nestjs/common';
import { SchedulingConnections } from './scheduling-connections';

const PING_TIMEOUT_MS = 500;

/** For /health: answers within half a second either way, never waits for Redis to come back. */
@Injectable()
export class RedisHealth {
  constructor(@Inject(SchedulingConnections) private readonly connections: SchedulingConnections) {
    // Open the probe now, so the first /health after start does not find it still connecting.
    void this.connections.probe;
  }

  async ping(): Promise<boolean> {
    const probe = this.connections.probe;
    let timer: NodeJS.Timeout | undefined;
    let onReady: (() => void) | undefined;
    const timeout = new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), PING_TIMEOUT_MS);
    });
    try {
      // The probe has no offline queue, so a ping while disconnected rejects at once; a probe
      // still (re)connecting gets the rest of the half second to become ready.
      const ready =
        probe.status === 'ready'
          ? Promise.resolve()
          : new Promise<void>((resolve) => probe.once('ready', (onReady = () => resolve())));
      const pong = ready
        .then(() => probe.ping())
        .then(
          (reply) => reply === 'PONG',
          () => false,
        );
      return await Promise.race([pong, timeout]);
    } finally {
      clearTimeout(timer);
      // Otherwise every /health during an outage would leave one more listener behind.
      if (onReady) probe.off('ready', onReady);
    }
  }
}
