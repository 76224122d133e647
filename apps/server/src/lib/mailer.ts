import nodemailer from 'nodemailer';
import type { SmtpConfig } from '../config';

export interface Mail {
  to: string;
  subject: string;
  text: string;
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
  });
  return {
    enabled: true,
    send: async (mail) => {
      await transport.sendMail({ from: smtp.from, ...mail });
    },
  };
}
