export * from './sentence';
export * from './event-sentence';
export * from './event-words';
export * from './plain-sentence-context';
export * from './accept-language';
