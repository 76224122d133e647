/**
 * One virtual user's loop: reads of what a coordinator looks at, and writes that each carry a unique tag —
 * comments, new risks, risk reviews, edits on the version last seen, edits on a stale version (must be 409)
 * and two edits of the same version at once on two servers (exactly one must win).
 */
import { Sender, reviewBody, riskBody, tagger, type Answer, type VirtualUser } from './traffic';

export interface Mix {
  read: number;
  comment: number;
  risk: number;
  review: number;
  edit: number;
  stale: number;
  race: number;
}

export const SOAK_MIX: Mix = { read: 0.55, comment: 0.13, risk: 0.07, review: 0.08, edit: 0.09, stale: 0.04, race: 0.04 };
/** The fault scripts: writes only. */
export const WRITE_MIX: Mix = { read: 0, comment: 0.3, risk: 0.2, review: 0.25, edit: 0.25, stale: 0, race: 0 };

interface RiskState {
  id: string;
  /** The version last seen; undefined after a request whose answer was lost (read again first). */
  version: number | undefined;
}

export interface UserLoopOptions {
  sender: Sender;
  user: VirtualUser;
  index: number;
  /** The servers' base URLs, asked afresh before each request (a fault script swaps a restarted server in). */
  servers: () => string[];
  prefix: string;
  mix: Mix;
  until: () => boolean;
  thinkMs?: number;
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

export async function runUser(o: UserLoopOptions): Promise<void> {
  const { sender, user } = o;
  const { tally } = sender;
  const nextTag = tagger(o.prefix, o.index);
  const base = `/api/partnerships/${user.partnershipId}`;
  let turn = o.index;
  const server = () => {
    const list = o.servers();
    return list[turn++ % list.length]!;
  };
  let reviews = 0;

  /** Expects one of `ok`; anything else is noted as unexpected. Returns the answer when it was `ok`. */
  const expect = (op: string, answer: Answer | null, ok: number[]): Answer | null => {
    if (!answer) return null;
    if (ok.includes(answer.status)) return answer;
    tally.wrong(op, answer.status, answer.body);
    return null;
  };

  const createRisk = async (): Promise<RiskState | null> => {
    const tag = nextTag();
    const answer = expect('create risk', await sender.send(server(), user, 'POST', `${base}/risks`, riskBody(tag)), [201]);
    if (!answer) return null;
    const risk = answer.json() as { id: string; version: number };
    tally.acked.push({ kind: 'risk', tag, id: risk.id });
    return { id: risk.id, version: risk.version };
  };
  const refresh = async (risk: RiskState) => {
    const answer = expect('read risk', await sender.send(server(), user, 'GET', `${base}/risks/${risk.id}`), [200]);
    if (answer) risk.version = (answer.json() as { version: number }).version;
  };

  let own: RiskState | null = null;
  let race: RiskState | null = null;
  while (!o.until()) {
    if (!own) own = await createRisk();
    if (!race) race = await createRisk();
    if (!own || !race) {
      await sleep(100);
      continue;
    }
    const failedBefore = tally.failureCount;
    let pick = Math.random();
    const op = (Object.keys(o.mix) as (keyof Mix)[]).find((k) => (pick -= o.mix[k]) < 0) ?? 'read';
    if (op === 'read') {
      const paths = [
        '/api/partnerships?pageSize=20',
        `${base}/risks`,
        `${base}/results`,
        `${base}/deadlines`,
        '/api/me/due',
        `${base}/comments?entityType=risk&entityId=${own.id}`,
      ];
      expect('read', await sender.send(server(), user, 'GET', paths[Math.floor(Math.random() * paths.length)]!), [200]);
    } else if (op === 'comment') {
      const tag = nextTag();
      const answer = expect('comment', await sender.send(server(), user, 'POST', `${base}/comments`, { entityType: 'risk', entityId: own.id, body: tag }), [201]);
      if (answer) tally.acked.push({ kind: 'comment', tag, id: (answer.json() as { id: string }).id });
    } else if (op === 'risk') {
      await createRisk();
    } else if (op === 'review') {
      const tag = nextTag();
      const sent = await sender.send(server(), user, 'POST', `${base}/risks/${own.id}/reviews`, reviewBody(tag, reviews++));
      const answer = expect('review', sent, [201]);
      if (answer) {
        tally.acked.push({ kind: 'review', tag, id: own.id });
        own.version = (answer.json() as { version: number }).version;
      } else own.version = undefined;
    } else if (op === 'edit' || op === 'stale') {
      if (own.version === undefined) await refresh(own);
      if (own.version === undefined) {
        await sleep(100);
        continue;
      }
      const tag = nextTag();
      const stale = op === 'stale' && own.version > 1;
      const version = stale ? own.version - 1 : own.version;
      const sent = await sender.send(server(), user, 'PATCH', `${base}/risks/${own.id}`, { owner: tag, version });
      const answer = expect(stale ? 'stale edit' : 'edit', sent, [stale ? 409 : 200]);
      if (answer && stale) {
        tally.conflicts++;
        tally.refused.push({ kind: 'edit', tag, id: own.id });
      } else if (answer) {
        tally.acked.push({ kind: 'edit', tag, id: own.id });
        own.version = (answer.json() as { version: number }).version;
      } else if (!sent || sent.status !== 409) own.version = undefined;
    } else {
      // Two edits of the same version at once, on two servers: one wins, the other gets 409.
      if (race.version === undefined) await refresh(race);
      if (race.version === undefined) {
        await sleep(100);
        continue;
      }
      const tags = [nextTag(), nextTag()];
      const answers = await Promise.all(tags.map((tag) => sender.send(server(), user, 'PATCH', `${base}/risks/${race!.id}`, { owner: tag, version: race!.version })));
      const statuses = answers.map((a) => a?.status ?? 0).sort();
      if (statuses[0] === 200 && statuses[1] === 409) {
        tally.conflicts++;
        answers.forEach((a, i) => {
          const write = { kind: 'edit' as const, tag: tags[i]!, id: race!.id };
          if (a!.status === 200) {
            tally.acked.push(write);
            race!.version = (a!.json() as { version: number }).version;
          } else tally.refused.push(write);
        });
      } else {
        answers.forEach((a, i) => {
          if (a?.status === 200) tally.acked.push({ kind: 'edit', tag: tags[i]!, id: race!.id });
        });
        if (answers.every((a) => a !== null)) tally.wrong('race of two edits', answers[0]!.status, `answers ${statuses.join(' and ')}; expected 200 and 409`);
        race.version = undefined;
      }
    }
    if (o.thinkMs) await sleep(o.thinkMs);
    // No answer (a server down or restarting): wait a little before the next try, as a browser user would.
    if (tally.failureCount > failedBefore) await sleep(100);
  }
}
