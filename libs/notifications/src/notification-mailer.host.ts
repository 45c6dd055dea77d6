import {
  Inject,
  Injectable,
  Logger,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { ReadModelSql } from '@app/event-store';
import { Clock, SystemClock } from '@app/kernel';
import { MailTransport } from './mail-transport';
import { NotificationMailer } from './notification-mailer';
import { NOTIFICATION_OPTIONS, type NotificationOptions } from './notification-options';
import { RecipientDirectory } from './recipient-directory';
import { SmtpMailTransport } from './smtp-mail-transport';

/**
 * Polls the outbox while the app runs, when SMTP_URL is set (otherwise reminders are only kept
 * in the in-app list). One pass at a time; shutdown waits for the pass in flight.
 */
@Injectable()
export class NotificationMailerHost implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly logger = new Logger('NotificationMailer');
  private mailer?: NotificationMailer;
  private timer?: NodeJS.Timeout;
  private running?: Promise<unknown>;
  private ownTransport?: SmtpMailTransport;

  constructor(
    @Inject(NOTIFICATION_OPTIONS) private readonly options: NotificationOptions,
    private readonly sql: ReadModelSql,
    private readonly recipients: RecipientDirectory,
    @Optional() private readonly clock?: Clock,
    @Optional() private readonly transport?: MailTransport,
  ) {}

  get enabled(): boolean {
    return this.mailer !== undefined;
  }

  onApplicationBootstrap(): void {
    const transport =
      this.transport ?? (this.options.smtpUrl ? new SmtpMailTransport(this.options.smtpUrl) : undefined);
    if (!transport) return;
    this.mailer = new NotificationMailer(
      this.sql,
      transport,
      this.recipients,
      this.clock ?? new SystemClock(),
      {
        from: this.options.from,
      },
    );
    this.timer = setInterval(() => void this.pass(), this.options.pollMs);
  }

  /** One pass now (also what the timer runs); resolves when it is done. */
  pass(): Promise<unknown> {
    if (!this.mailer) return Promise.resolve();
    this.running ??= this.mailer
      .sendPending()
      .then((result) => {
        if (result.sent || result.failed) this.logger.log(`mail pass: ${JSON.stringify(result)}`);
      })
      .catch((error: unknown) => this.logger.warn(`mail pass failed: ${String(error)}`))
      .finally(() => (this.running = undefined));
    return this.running;
  }

  async onModuleDestroy(): Promise<void> {
    clearInterval(this.timer);
    await this.running;
    this.mailer = undefined;
    this.ownTransport?.close();
  }
}
