export * from './api-contract.decorators';
export * from './api-path';
export * from './location.interceptor';
export * from './problem-details.response';
export * from './write-answer.response';
export * from './carried-from.response';
