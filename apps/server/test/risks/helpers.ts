import type { Client } from '../helpers/app';

/** An ISO date `days` days from today (negative: in the past), UTC like the server. */
export function daysFromToday(days: number): string {
  return new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);
}

export const measure = { action: 'Brief the new council after the election', responsible: 'Home coordinator', dueDate: '2027-03-01' };
export const tolerance = { justification: 'Both councils accept the risk: the project cannot avoid the rainy season.', acceptedBy: 'Mayor of Stord', acceptedOn: daysFromToday(-30) };

/** A valid new risk; override what the test is about. */
export function riskInput(over: Record<string, unknown> = {}) {
  return {
    description: 'Local elections change the council majority',
    category: 'political',
    origin: 'external',
    owner: 'Partner coordinator',
    identifiedOn: daysFromToday(-60),
    probability: 2,
    consequence: 2,
    ...over,
  };
}

/** Adds a risk through the API and answers its detail. */
export async function addRisk(client: Client, partnershipId: string, over: Record<string, unknown> = {}) {
  const res = await client.post(`/api/partnerships/${partnershipId}/risks`, riskInput(over));
  if (res.statusCode !== 201) throw new Error(`adding a risk failed: ${res.statusCode} ${res.body}`);
  return res.json();
}
