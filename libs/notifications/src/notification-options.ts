/** Mail settings, from the environment (README: SMTP_URL; mail stays off while it is unset). */
export interface NotificationOptions {
  smtpUrl?: string;
  from: string;
  pollMs: number;
}

export const NOTIFICATION_OPTIONS = Symbol('NOTIFICATION_OPTIONS');

export function notificationOptionsFromEnv(env: NodeJS.ProcessEnv): NotificationOptions {
  const pollMs = Number(env.NOTIFICATIONS_POLL_MS ?? 2000);
  return {
    smtpUrl: env.SMTP_URL || undefined,
    from: env.MAIL_FROM || 'council-engine@localhost',
    pollMs: Number.isFinite(pollMs) && pollMs > 0 ? pollMs : 2000,
  };
}
