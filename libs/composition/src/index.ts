export * from './app.module';
export * from './config/app-config';
export * from './shutdown/graceful-shutdown';
export * from './http/read-your-writes.interceptor';
export * from './live/live-events.controller';
