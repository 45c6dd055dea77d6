export * from './port/event-store.port';
export * from './aggregate/command-executor';
export * from './aggregate/hash-chain';
export * from './nest/aggregate-command';
