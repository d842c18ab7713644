import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

/** A real SMTP server on loopback that keeps every message it receives, for tests to read. */
export class TestMailbox {
  readonly messages: ParsedMail[] = [];
  /** While true, the server refuses every message, as a mail server that is having trouble does. */
  refusing = false;
  private server: SMTPServer;
  private waiters: (() => void)[] = [];
  port = 0;

  constructor() {
    this.server = new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS', 'AUTH'],
      logger: false,
      onData: (stream, _session, callback) => {
        if (this.refusing) {
          stream.resume();
          stream.on('end', () => callback(Object.assign(new Error('Mailbox temporarily unavailable, try again later'), { responseCode: 451 })));
          return;
        }
        simpleParser(stream)
          .then((mail) => {
            this.messages.push(mail);
            this.waiters.splice(0).forEach((wake) => wake());
            callback();
          })
          .catch(callback);
      },
    });
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    const address = this.server.server.address();
    this.port = typeof address === 'object' && address ? address.port : 0;
    return this;
  }

  get url(): string {
    return `smtp://127.0.0.1:${this.port}`;
  }

  /** The latest message to an address, waiting up to 5 s for it to arrive. */
  async latestTo(address: string, since = 0): Promise<ParsedMail> {
    const deadline = Date.now() + 5_000;
    for (;;) {
      const found = this.messages.slice(since).filter((m) => m.to && JSON.stringify(m.to).toLowerCase().includes(address.toLowerCase())).at(-1);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`No email to ${address} arrived`);
      await new Promise<void>((resolve) => {
        this.waiters.push(resolve);
        setTimeout(resolve, 200);
      });
    }
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}

/** The messages to an address, in the order they arrived. */
export function messagesTo(mailbox: TestMailbox, address: string): ParsedMail[] {
  return mailbox.messages.filter((m) => JSON.stringify(m.to ?? '').toLowerCase().includes(address.toLowerCase()));
}

export function signInLinkIn(mail: ParsedMail): string {
  const match = /https?:\/\/\S+\/sign-in\/link\?token=[\w-]+/.exec(mail.text ?? '');
  if (!match) throw new Error(`No sign-in link in: ${mail.text}`);
  return match[0];
}
