/** One mail to one recipient. `messageId` is derived from the outbox key, so a resend is recognisable. */
export interface MailMessage {
  from: string;
  to: string;
  subject: string;
  text: string;
  messageId: string;
}

/** The sending port: SMTP in production (`SMTP_URL`), anything that delivers in tests. */
export abstract class MailTransport {
  abstract send(message: MailMessage): Promise<void>;
}
