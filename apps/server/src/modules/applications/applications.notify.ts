import { translate } from '@mic/i18n';
import { minorToDecimal } from '@mic/domain';
import type { Executor } from '../../db/client';
import { insertOutboxRows, type NewOutboxRow } from '../outbox/outbox.repository';
import { mailLanguage } from '../reminders/reminders.mail';
import * as repo from './applications.repository';

export const NOTICE_KIND = 'application-notice';
export type NoticeKind = 'returned' | 'approved' | 'rejected';

const LOCALES = { en: 'en-GB', nb: 'nb-NO', es: 'es-ES' } as const;

export interface Notice {
  kind: NoticeKind;
  applicationId: string;
  eventId: number;
  year: number;
  partnership: { id: string; title: string };
  message: string | null;
  /** In øre; for an approval. */
  grantedTotal: number | null;
}

/** What the e-mail says, in the recipient's language. */
export function noticeMail(n: Notice, recipient: { name: string; language: string }, link: string): { subject: string; text: string } {
  const lang = mailLanguage(recipient.language);
  const t = (key: string, params?: Record<string, string | number>) => translate(lang, `applicationMail.${key}`, params);
  const granted = new Intl.NumberFormat(LOCALES[lang], { maximumFractionDigits: 2 }).format(minorToDecimal(n.grantedTotal ?? 0) as Intl.StringNumericLiteral);
  const params = { year: n.year, partnership: n.partnership.title, granted };
  const lines = [t('hello', { name: recipient.name }), '', t(`body.${n.kind}`, params), ''];
  if (n.message) lines.push(t('message'), n.message, '');
  lines.push(t('open'), link, '', t('why'), '');
  return { subject: t(`subject.${n.kind}`, params), text: lines.join('\n') };
}

/**
 * Writes an e-mail to each of the partnership's coordinators into the outbox, in the same
 * transaction as the status change (kept `held` when SMTP is not configured). The dedupe key
 * names the event and the person, so one event is told once.
 */
export async function notifyApplicants(tx: Executor, n: Notice, options: { publicUrl: string; hold: boolean }): Promise<number> {
  const recipients = await repo.coordinatorsOf(tx, n.partnership.id);
  if (!recipients.length) return 0;
  const link = `${options.publicUrl}/partnerships/${n.partnership.id}/applications/${n.applicationId}`;
  const rows = recipients.map((r): NewOutboxRow => {
    const mail = noticeMail(n, r, link);
    return {
      dedupeKey: `application:${n.applicationId}:event:${n.eventId}:${r.userId}`,
      kind: NOTICE_KIND,
      userId: r.userId,
      toAddress: r.email,
      recipientName: r.name,
      language: r.language,
      subject: mail.subject,
      body: mail.text,
      partnershipId: n.partnership.id,
      status: options.hold ? 'held' : 'pending',
    };
  });
  return insertOutboxRows(tx, rows);
}
