import { Logger } from '@nestjs/common';
import type { Redis } from 'ioredis';
import { createRedisConnection, type RedisRole } from '../redis-connection';

/**
 * The module's Redis connections, one per role (see createRedisConnection), owned here so they
 * are closed once, last, after the worker and the queue that use them.
 */
export class SchedulingConnections {
  private readonly logger = new Logger('Redis');
  private readonly opened = new Map<RedisRole, Redis>();

  constructor(private readonly url: string) {}

  get client(): Redis {
    return this.open('client');
  }

  get worker(): Redis {
    return this.open('worker');
  }

  get probe(): Redis {
    return this.open('probe');
  }

  private open(role: RedisRole): Redis {
    let connection = this.opened.get(role);
    if (!connection) {
      connection = createRedisConnection(this.url, role, { connectionName: `council-${role}` });
      // ioredis reports every failed reconnect; one line per outage is enough, and without a
      // listener it prints "Unhandled error event" instead.
      let down = false;
      connection.on('error', (error: Error) => {
        if (!down) this.logger.warn(`${role} connection: ${error.message}; retrying`);
        down = true;
      });
      connection.on('ready', () => {
        if (down) this.logger.log(`${role} connection is back`);
        down = false;
      });
      this.opened.set(role, connection);
    }
    return connection;
  }

  close(): void {
    for (const connection of this.opened.values()) connection.disconnect();
    this.opened.clear();
  }
}
