import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
  /** A stable Message-ID (`<id@host>`), so that a message sent twice is recognisable as one. */
  messageId?: string;
}

export interface Mailer {
  /** True when mail really leaves the platform (SMTP is configured). */
  readonly enabled: boolean;
  send(mail: Mail): Promise<void>;
}

/** Sends through SMTP when it is configured; otherwise a mailer that sends nothing. */
export function createMailer(smtp: SmtpConfig | undefined): Mailer {
  if (!smtp) return { enabled: false, send: async () => {} };
  const transport = nodemailer.createTransport({
    host: smtp.host,
    port: smtp.port,
    secure: smtp.secure,
    auth: smtp.user ? { user: smtp.user, pass: smtp.password } : undefined,
    // Bounded waits: the reminder outbox leases a batch for a fixed time (see outbox.dispatch.ts).
    connectionTimeout: 20_000,
    greetingTimeout: 20_000,
    socketTimeout: 60_000,
  });
  return {
    enabled: true,
    send: async (mail) => {
      await transport.sendMail({ from: smtp.from, ...mail });
    },
  };
}
