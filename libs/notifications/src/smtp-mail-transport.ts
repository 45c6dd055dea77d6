import { createTransport, type Transporter } from 'nodemailer';
import { MailTransport, type MailMessage } from './mail-transport';

/** Refuses CR/LF and angle brackets, so a stored address can never smuggle in headers or commands. */
function address(value: string): string {
  if (/[\r\n<>]/.test(value) || !value.includes('@'))
    throw new Error(`not a mail address: ${JSON.stringify(value)}`);
  return value;
}

/**
 * Mail through SMTP with nodemailer, from `SMTP_URL` (`smtp://[user:pass@]host[:port]`, or
 * `smtps://…` for TLS from the start; STARTTLS when the server offers it).
 */
export class SmtpMailTransport extends MailTransport {
  private readonly transporter: Transporter;

  constructor(smtpUrl: string, timeoutMs = 10_000) {
    super();
    const protocol = new URL(smtpUrl).protocol;
    if (!['smtp:', 'smtps:'].includes(protocol))
      throw new Error(`SMTP_URL must start with smtp:// or smtps://, got ${protocol}`);
    this.transporter = createTransport({
      url: smtpUrl,
      connectionTimeout: timeoutMs,
      greetingTimeout: timeoutMs,
      socketTimeout: timeoutMs,
    });
  }

  async send(message: MailMessage): Promise<void> {
    await this.transporter.sendMail({
      from: address(message.from),
      to: address(message.to),
      subject: message.subject.replace(/[\r\n]+/g, ' '),
      text: message.text,
      messageId: `<${message.messageId.replace(/[^A-Za-z0-9._@+=-]/g, '_')}>`,
    });
  }

  close(): void {
    this.transporter.close();
  }
}
