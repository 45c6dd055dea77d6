export * from './deadline';
export * from './deadline-job';
export * from './deadline-scheduler';
