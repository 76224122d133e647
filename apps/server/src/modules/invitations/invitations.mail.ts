import type { GlobalRole, Language, PartnershipRole } from '@mic/domain';
import type { Mail } from '../../lib/mailer';

/** What the invitation e-mail says, in the invitee's language. */
export interface InvitationMailFacts {
  to: string;
  name: string;
  language: Language;
  inviterName: string;
  link: string;
  expiresAt: Date;
  globalRole: GlobalRole | null;
  partnershipRole: PartnershipRole | null;
  partnershipTitle: string | null;
}

interface Texts {
  subject: string;
  hello: (name: string) => string;
  invited: (inviter: string) => string;
  asGlobal: (role: string) => string;
  asMember: (role: string, title: string) => string;
  open: string;
  expires: (date: string) => string;
  ignore: string;
  roles: Record<GlobalRole | PartnershipRole, string>;
  locale: string;
}

const TEXTS: Record<Language, Texts> = {
  en: {
    subject: 'Invitation to the MIC Platform',
    hello: (name) => `Hello ${name},`,
    invited: (inviter) => `${inviter} has invited you to the MIC Platform of the Municipal International Cooperation programme`,
    asGlobal: (role) => ` as ${role}.`,
    asMember: (role, title) => ` as ${role} in the partnership "${title}".`,
    open: 'Open this link to choose your password and sign in:',
    expires: (date) => `The link can be used once and expires on ${date}.`,
    ignore: 'If you did not expect this invitation, you can ignore this e-mail.',
    roles: {
      admin: 'administrator',
      programme_officer: 'programme officer',
      donor_viewer: 'donor (read access)',
      home_coordinator: 'coordinator for the Norwegian municipality',
      partner_coordinator: 'coordinator for the partner municipality',
      auditor: 'auditor',
      viewer: 'reader',
    },
    locale: 'en-GB',
  },
  nb: {
    subject: 'Invitasjon til MIC-plattformen',
    hello: (name) => `Hei ${name},`,
    invited: (inviter) => `${inviter} har invitert deg til MIC-plattformen for programmet Kommunalt internasjonalt samarbeid`,
    asGlobal: (role) => ` som ${role}.`,
    asMember: (role, title) => ` som ${role} i partnerskapet «${title}».`,
    open: 'Åpne denne lenken for å velge passord og logge inn:',
    expires: (date) => `Lenken kan brukes én gang og utløper ${date}.`,
    ignore: 'Hvis du ikke ventet denne invitasjonen, kan du se bort fra e-posten.',
    roles: {
      admin: 'administrator',
      programme_officer: 'programrådgiver',
      donor_viewer: 'giver (lesetilgang)',
      home_coordinator: 'koordinator for den norske kommunen',
      partner_coordinator: 'koordinator for partnerkommunen',
      auditor: 'revisor',
      viewer: 'leser',
    },
    locale: 'nb-NO',
  },
  es: {
    subject: 'Invitación a la Plataforma MIC',
    hello: (name) => `Hola, ${name}:`,
    invited: (inviter) => `${inviter} le ha invitado a la Plataforma MIC del programa de Cooperación Internacional Municipal`,
    asGlobal: (role) => ` como ${role}.`,
    asMember: (role, title) => ` como ${role} en la asociación «${title}».`,
    open: 'Abra este enlace para elegir su contraseña e iniciar sesión:',
    expires: (date) => `El enlace se puede usar una sola vez y caduca el ${date}.`,
    ignore: 'Si no esperaba esta invitación, puede ignorar este correo.',
    roles: {
      admin: 'administrador/a',
      programme_officer: 'responsable del programa',
      donor_viewer: 'donante (solo lectura)',
      home_coordinator: 'coordinador/a del municipio noruego',
      partner_coordinator: 'coordinador/a del municipio socio',
      auditor: 'auditor/a',
      viewer: 'lector/a',
    },
    locale: 'es-ES',
  },
};

export function invitationMail(facts: InvitationMailFacts): Mail {
  const t = TEXTS[facts.language];
  const date = new Intl.DateTimeFormat(t.locale, { dateStyle: 'long', timeZone: 'UTC' }).format(facts.expiresAt);
  const role =
    facts.partnershipRole && facts.partnershipTitle
      ? t.asMember(t.roles[facts.partnershipRole], facts.partnershipTitle)
      : facts.globalRole
        ? t.asGlobal(t.roles[facts.globalRole])
        : '.';
  const text = [t.hello(facts.name), '', t.invited(facts.inviterName) + role, '', t.open, facts.link, '', t.expires(date), t.ignore, ''].join('\n');
  return { to: facts.to, subject: t.subject, text };
}
