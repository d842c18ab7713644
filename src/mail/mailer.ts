import fs from 'node:fs';
import path from 'node:path';
import nodemailer, { type Transporter } from 'nodemailer';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  attachments?: { filename: string; content: Buffer; contentType: string }[];
}

export interface Mailer {
  send(mail: OutgoingMail): Promise<void>;
  /** Closes the connections it keeps open to the mail server. */
  close(): void;
}

/**
 * With SMTP_URL, mail goes through that server. Without it (the embedded default), each message is
 * written as an .eml file under the outbox folder so someone trying the product locally can read it.
 */
export function createMailer(options: { smtpUrl?: string; from: string; outboxDir: string }): Mailer {
  if (options.smtpUrl) {
    // Pooled: a round's thousands of emails reuse a few connections instead of one handshake each.
    const transport: Transporter = nodemailer.createTransport(withPool(options.smtpUrl));
    return { send: async (mail) => void (await transport.sendMail({ from: options.from, ...mail })), close: () => transport.close() };
  }
  const transport = nodemailer.createTransport({ streamTransport: true, buffer: true, newline: 'unix' });
  return {
    send: async (mail) => {
      const info = await transport.sendMail({ from: options.from, ...mail });
      fs.mkdirSync(options.outboxDir, { recursive: true });
      const stamp = new Date().toISOString().replace(/[:.]/g, '-');
      const file = path.join(options.outboxDir, `${stamp}-${Math.random().toString(36).slice(2, 8)}.eml`);
      fs.writeFileSync(file, info.message as Buffer);
    },
    close: () => transport.close(),
  };
}

function withPool(smtpUrl: string): string {
  const url = new URL(smtpUrl);
  url.searchParams.set('pool', 'true');
  return url.toString();
}
