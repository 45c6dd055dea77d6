import { connect as netConnect, type Socket } from 'node:net';
import { hostname } from 'node:os';
import { connect as tlsConnect } from 'node:tls';
import { MailTransport, type MailMessage } from './mail-transport';

interface Reply {
  code: number;
  text: string;
}

/**
 * A small SMTP client (RFC 5321) for `SMTP_URL` = `smtp://[user:pass@]host[:port]` or `smtps://…`
 * (TLS from the start), with AUTH PLAIN when credentials are given. No STARTTLS and no pooling:
 * reminders are few. `nodemailer` would replace this if the project takes the dependency.
 */
export class SmtpMailTransport extends MailTransport {
  private readonly url: URL;

  constructor(
    smtpUrl: string,
    private readonly timeoutMs = 10_000,
  ) {
    super();
    this.url = new URL(smtpUrl);
    if (!['smtp:', 'smtps:'].includes(this.url.protocol))
      throw new Error(`SMTP_URL must start with smtp:// or smtps://, got ${this.url.protocol}`);
  }

  async send(message: MailMessage): Promise<void> {
    const session = await SmtpSession.open(this.url, this.timeoutMs);
    try {
      await session.expect(220);
      await session.command(`EHLO ${hostname() || 'localhost'}`, 250);
      if (this.url.username) {
        const user = decodeURIComponent(this.url.username);
        const pass = decodeURIComponent(this.url.password);
        const token = Buffer.from(`\0${user}\0${pass}`).toString('base64');
        await session.command(`AUTH PLAIN ${token}`, 235);
      }
      await session.command(`MAIL FROM:<${address(message.from)}>`, 250);
      await session.command(`RCPT TO:<${address(message.to)}>`, 250, 251);
      await session.command('DATA', 354);
      await session.command(`${formatMessage(message)}\r\n.`, 250);
      await session.command('QUIT', 221).catch(() => undefined);
    } finally {
      session.close();
    }
  }
}

/** Refuses CR/LF and angle brackets, so a stored address can never inject SMTP commands. */
function address(value: string): string {
  if (/[\r\n<>]/.test(value) || !value.includes('@'))
    throw new Error(`not a mail address: ${JSON.stringify(value)}`);
  return value;
}

function header(value: string): string {
  const clean = value.replace(/[\r\n]+/g, ' ');
  // RFC 2047 for anything beyond ASCII (Danish titles).
  return /^[\x20-\x7e]*$/.test(clean) ? clean : `=?UTF-8?B?${Buffer.from(clean).toString('base64')}?=`;
}

export function formatMessage(message: MailMessage, date = new Date()): string {
  const body = Buffer.from(message.text)
    .toString('base64')
    .replace(/.{1,76}/g, '$&\r\n');
  return [
    `From: ${address(message.from)}`,
    `To: ${address(message.to)}`,
    `Subject: ${header(message.subject)}`,
    `Message-ID: <${message.messageId.replace(/[^A-Za-z0-9._@+=-]/g, '_')}>`,
    `Date: ${date.toUTCString()}`,
    'MIME-Version: 1.0',
    'Content-Type: text/plain; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    body.trimEnd(),
  ].join('\r\n');
}

class SmtpSession {
  private buffer = '';
  private readonly replies: Reply[] = [];
  private waiter?: () => void;
  private failure?: Error;

  private constructor(
    private readonly socket: Socket,
    private readonly timeoutMs: number,
  ) {
    socket.setEncoding('utf8');
    socket.on('data', (chunk: string) => {
      this.buffer += chunk;
      this.parse();
    });
    socket.on('error', (error) => this.fail(error));
    socket.on('close', () => this.fail(new Error('SMTP connection closed')));
  }

  static open(url: URL, timeoutMs: number): Promise<SmtpSession> {
    const secure = url.protocol === 'smtps:';
    const host = url.hostname;
    const port = Number(url.port) || (secure ? 465 : 25);
    return new Promise((resolve, reject) => {
      const socket = secure ? tlsConnect({ host, port, servername: host }) : netConnect({ host, port });
      const timer = setTimeout(() => {
        socket.destroy();
        reject(new Error(`SMTP connect to ${host}:${port} timed out`));
      }, timeoutMs);
      socket.once(secure ? 'secureConnect' : 'connect', () => {
        clearTimeout(timer);
        resolve(new SmtpSession(socket, timeoutMs));
      });
      socket.once('error', (error) => {
        clearTimeout(timer);
        reject(error);
      });
    });
  }

  async command(line: string, ...accepted: number[]): Promise<Reply> {
    this.socket.write(`${line}\r\n`);
    return this.expect(...accepted);
  }

  async expect(...accepted: number[]): Promise<Reply> {
    const reply = await this.next();
    if (!accepted.includes(reply.code)) throw new Error(`SMTP ${reply.code}: ${reply.text}`);
    return reply;
  }

  close(): void {
    this.socket.destroy();
  }

  private next(): Promise<Reply> {
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('SMTP reply timed out')), this.timeoutMs);
      const check = () => {
        const reply = this.replies.shift();
        if (reply) {
          clearTimeout(timer);
          this.waiter = undefined;
          resolve(reply);
        } else if (this.failure) {
          clearTimeout(timer);
          this.waiter = undefined;
          reject(this.failure);
        } else this.waiter = check;
      };
      check();
    });
  }

  private parse(): void {
    let lines: string[] = [];
    for (;;) {
      const end = this.buffer.indexOf('\r\n');
      if (end === -1) break;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + 2);
      lines.push(line);
      // The last line of a reply has a space after the code; continuation lines a dash.
      if (/^\d{3}( |$)/.test(line)) {
        this.replies.push({ code: Number(line.slice(0, 3)), text: lines.map((l) => l.slice(4)).join('\n') });
        lines = [];
      }
    }
    if (lines.length) this.buffer = `${lines.join('\r\n')}\r\n${this.buffer}`;
    this.waiter?.();
  }

  private fail(error: Error): void {
    this.failure ??= error;
    this.waiter?.();
  }
}
