export * from './deadline';
export * from './deadline-job';
export * from './deadline-scheduler';
export * from './deadline-worker';
export * from './redis-connection';
export * from './ensure-redis';
