import type { Client } from '../helpers/app';

/** The fixed "now" of the event tests: 10 March 2027. */
export const NOW = new Date('2027-03-10T09:00:00Z');

/** A valid new event (a network meeting in Antigua); override what the test is about. */
export function eventInput(over: Record<string, unknown> = {}) {
  return {
    type: 'network_meeting',
    title: { en: 'Network meeting in Antigua', es: 'Encuentro de la red en Antigua' },
    description: { en: 'Two days with every Guatemalan partnership.' },
    date: '2027-04-20',
    endDate: '2027-04-21',
    startTime: '09:30',
    place: 'Antigua Guatemala',
    onlineUrl: null,
    materials: [{ title: 'Programme', url: 'https://example.org/programme.pdf' }],
    status: 'planned',
    invitedPartnershipIds: [],
    ...over,
  };
}

/** Creates an event through the API (as the programme office) and answers its detail. */
export async function addEvent(office: Client, over: Record<string, unknown> = {}) {
  const res = await office.post('/api/events', eventInput(over));
  if (res.statusCode !== 201) throw new Error(`creating an event failed: ${res.statusCode} ${res.body}`);
  return res.json();
}

/** The PUT body that keeps an event as it is (its detail turned back into input). */
export function inputOf(event: Record<string, unknown> & { invitedPartnerships: { id: string }[] }) {
  const { type, title, description, date, endDate, startTime, place, onlineUrl, materials, status, version } = event;
  return { type, title, description, date, endDate, startTime, place, onlineUrl, materials, status, version, invitedPartnershipIds: event.invitedPartnerships.map((p) => p.id) };
}
