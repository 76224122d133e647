import { inArray } from 'drizzle-orm';
import type { EventInput } from '@mic/domain';
import type { Executor } from '../db/client';
import { eventInvitations, eventRegistrations, events, users } from '../db/schema';
import { recordChange } from '../modules/audit/audit.service';
import { snapshot } from '../modules/events/events.present';

export interface DemoEvent extends Omit<EventInput, 'invitedPartnershipIds' | 'title' | 'description'> {
  title: Record<string, string>;
  description: Record<string, string>;
  /** Demo partnership keys. */
  invited: string[];
  /** Who registered (demo e-mail), for which invited partnership (key). */
  registrations: { email: string; partnership: string; note: string | null }[];
}

const GUATEMALA = ['stord-comalapa', 'stjordal-panajachel', 'nordvik-esperanza'];

/** The demo's events (written for "today" 2026-11-27): a network meeting, a webinar and one still to be announced. */
export const DEMO_EVENTS: DemoEvent[] = [
  {
    type: 'network_meeting',
    title: {
      en: 'Network meeting for the Guatemalan partnerships, Antigua Guatemala',
      nb: 'Nettverksmøte for partnerskapene i Guatemala, Antigua Guatemala',
      es: 'Encuentro de la red de las cooperaciones en Guatemala, Antigua Guatemala',
    },
    description: {
      en: 'Three days for the Norwegian and Guatemalan coordinators: results so far, risks we share (the rainy season, the local elections) and a visit to the landfill in San Juan Comalapa. Interpretation Spanish–Norwegian is provided.',
      nb: 'Tre dager for de norske og guatemalanske koordinatorene: resultatene så langt, felles risikoer (regntiden, lokalvalget) og besøk på avfallsanlegget i San Juan Comalapa. Det blir tolking mellom spansk og norsk.',
      es: 'Tres días para los coordinadores noruegos y guatemaltecos: los resultados hasta ahora, los riesgos que compartimos (la temporada de lluvias, las elecciones municipales) y una visita al relleno sanitario de San Juan Comalapa. Habrá interpretación español–noruego.',
    },
    date: '2027-03-16',
    endDate: '2027-03-18',
    startTime: '09:00',
    place: 'Antigua Guatemala, Sacatepéquez',
    onlineUrl: null,
    materials: [
      { title: 'Programme (draft)', url: 'https://example.org/mic/antigua-2027/programme.pdf' },
      { title: 'Practical information', url: 'https://example.org/mic/antigua-2027/practical' },
    ],
    status: 'planned',
    invited: GUATEMALA,
    registrations: [{ email: 'panajachel@mic.example', partnership: 'stjordal-panajachel', note: 'Llego el 15 de marzo desde Panajachel.' }],
  },
  {
    type: 'webinar',
    title: {
      en: 'Webinar: writing the annual progress report',
      nb: 'Webinar: slik skriver dere den årlige framdriftsrapporten',
      es: 'Seminario web: cómo redactar el informe anual de avance',
    },
    description: {
      en: 'One hour on what the programme office looks for in the annual progress report, with the results framework and the risk register. Questions in English, Norwegian or Spanish.',
      nb: 'En time om hva programkontoret ser etter i den årlige framdriftsrapporten, med resultatrammeverket og risikoregisteret. Spørsmål på engelsk, norsk eller spansk.',
      es: 'Una hora sobre lo que la oficina del programa busca en el informe anual de avance, con el marco de resultados y el registro de riesgos. Preguntas en inglés, noruego o español.',
    },
    date: '2027-01-20',
    endDate: null,
    startTime: '14:00',
    place: null,
    onlineUrl: 'https://example.org/mic/webinar-annual-report',
    materials: [{ title: 'Report template', url: 'https://example.org/mic/annual-report-template.docx' }],
    status: 'planned',
    invited: ['stord-comalapa', 'stjordal-panajachel', 'gran-mukono', 'klepp-donjivakuf', 'sund-konjic', 'kristiansand-mykolaiv', 'havbakken-kisiwani'],
    registrations: [],
  },
  {
    type: 'capacity_building',
    title: {
      en: 'Capacity building: budgets and procurement in the Western Balkans and Eastern Europe',
      nb: 'Kompetansebygging: budsjett og anskaffelser på Vest-Balkan og i Øst-Europa',
      es: 'Fortalecimiento de capacidades: presupuestos y compras en los Balcanes Occidentales y Europa del Este',
    },
    description: {
      en: 'Two days on transparent municipal budgets and procurement. Place and date are to be announced after the partners have answered the survey.',
      nb: 'To dager om åpne kommunebudsjetter og anskaffelser. Sted og dato kunngjøres når partnerne har svart på undersøkelsen.',
    },
    date: null,
    endDate: null,
    startTime: null,
    place: null,
    onlineUrl: null,
    materials: [],
    status: 'planned',
    invited: ['klepp-donjivakuf', 'sund-konjic', 'bergtun-zelengrad', 'kristiansand-mykolaiv', 'lindasen-valeanoua'],
    registrations: [],
  },
];

/**
 * Loads the demo events inside the demo's transaction, created by the programme officer, with their
 * invitations (demo partnerships by key) and registrations, each with its audit entry.
 */
export async function loadDemoEvents(tx: Executor, programmeId: string, partnershipIds: Map<string, string>): Promise<void> {
  const emails = [...new Set(['officer@mic.example', ...DEMO_EVENTS.flatMap((e) => e.registrations.map((r) => r.email))])];
  const people = await tx.select({ id: users.id, email: users.email, name: users.name }).from(users).where(inArray(users.email, emails));
  const person = new Map(people.map((u) => [u.email, u]));
  const officer = person.get('officer@mic.example') ?? null;
  const actor = officer ? { userId: officer.id, name: officer.name } : null;

  for (const { invited, registrations, ...fields } of DEMO_EVENTS) {
    const invitedIds = invited.map((key) => partnershipIds.get(key)).filter((id): id is string => !!id);
    const [row] = await tx
      .insert(events)
      .values({ programmeId, ...fields, createdBy: officer?.id ?? null })
      .returning();
    if (invitedIds.length) await tx.insert(eventInvitations).values(invitedIds.map((partnershipId) => ({ eventId: row!.id, partnershipId })));
    await recordChange(tx, actor, { action: 'event.created', entityType: 'event', entityId: row!.id, after: snapshot(row!, invitedIds) });

    for (const r of registrations) {
      const user = person.get(r.email);
      const partnershipId = partnershipIds.get(r.partnership) ?? null;
      if (!user) continue;
      await tx.insert(eventRegistrations).values({ eventId: row!.id, userId: user.id, partnershipId, note: r.note });
      await recordChange(tx, { userId: user.id, name: user.name }, {
        action: 'event.registered',
        entityType: 'event',
        entityId: row!.id,
        partnershipId,
        after: { userId: user.id, userName: user.name, partnershipId, note: r.note },
      });
    }
  }
}
