/**
 * The soak's and the fault scripts' verdicts, as pure functions of what the clients were told and what the
 * database holds: every acknowledged write is there exactly once, no object is half-written (each change has
 * its one audit entry, each version bump its change), memory did not grow without bound.
 */

/** A write the server acknowledged (2xx): the unique tag it carried and the id it answered with. */
export interface AckedWrite {
  kind: 'comment' | 'risk' | 'review' | 'edit';
  tag: string;
  /** The comment's or the risk's id; for a review or an edit, the risk's. */
  id: string;
}

/** The run's rows, as read back from the database (all of them whose text carries the run's tag prefix). */
export interface Found {
  comments: { id: string; tag: string }[];
  risks: { id: string; tag: string; version: number }[];
  reviews: { id: string; riskId: string; tag: string }[];
  /** The audit entries about the run's objects. `reviewId` for risk.reviewed, `owner` for risk.updated. */
  audit: { action: string; entityId: string; reviewId?: string | null; owner?: string | null }[];
}

export interface Reconciliation {
  acked: number;
  /** Acknowledged writes found exactly once. */
  found: number;
  missing: AckedWrite[];
  duplicates: AckedWrite[];
  /** Found with another id than the one the client was given. */
  wrongId: AckedWrite[];
  /** Rows of the run that no client was told about (an answer lost to a kill): allowed, counted. */
  unacknowledged: number;
  /** Objects without their audit entry, audit entries without their object, versions that do not add up. */
  halfWritten: string[];
  /** Writes answered with an error (409 on a stale version) that are in the database all the same. */
  appliedDespiteRefusal: AckedWrite[];
}

function countBy<T>(items: T[], key: (item: T) => string | null | undefined): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    if (k != null) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return counts;
}

export function reconcile(acked: AckedWrite[], db: Found, refused: AckedWrite[] = []): Reconciliation {
  const byTag = {
    comment: new Map(db.comments.map((c) => [c.tag, c])),
    risk: new Map(db.risks.map((r) => [r.tag, r])),
  };
  const tagCounts = {
    comment: countBy(db.comments, (c) => c.tag),
    risk: countBy(db.risks, (r) => r.tag),
    review: countBy(db.reviews, (r) => r.tag),
    edit: countBy(
      db.audit.filter((a) => a.action === 'risk.updated'),
      (a) => a.owner,
    ),
  };
  const result: Reconciliation = { acked: acked.length, found: 0, missing: [], duplicates: [], wrongId: [], unacknowledged: 0, halfWritten: [], appliedDespiteRefusal: [] };
  for (const write of acked) {
    const n = tagCounts[write.kind].get(write.tag) ?? 0;
    if (n === 0) result.missing.push(write);
    else if (n > 1) result.duplicates.push(write);
    else if ((write.kind === 'comment' || write.kind === 'risk') && byTag[write.kind].get(write.tag)!.id !== write.id) result.wrongId.push(write);
    else if (write.kind === 'review' && db.reviews.find((r) => r.tag === write.tag)!.riskId !== write.id) result.wrongId.push(write);
    else result.found++;
  }
  const ackedTags = new Set([...acked, ...refused].map((w) => w.tag));
  const allTags = [...db.comments, ...db.risks, ...db.reviews].map((r) => r.tag).concat(db.audit.filter((a) => a.action === 'risk.updated' && a.owner).map((a) => a.owner!));
  result.unacknowledged = new Set(allTags.filter((t) => !ackedTags.has(t))).size;
  result.appliedDespiteRefusal = refused.filter((w) => (tagCounts[w.kind].get(w.tag) ?? 0) > 0);
  result.halfWritten = halfWritten(db);
  return result;
}

/** Every object with exactly its audit entries, every audit entry with its object, every version accounted for. */
export function halfWritten(db: Found): string[] {
  const problems: string[] = [];
  const entries = (action: string) => countBy(
    db.audit.filter((a) => a.action === action),
    (a) => (action === 'risk.reviewed' ? a.reviewId : a.entityId),
  );
  const commentAdded = entries('comment.added');
  const riskCreated = entries('risk.created');
  const riskReviewed = entries('risk.reviewed');
  for (const c of db.comments) if (commentAdded.get(c.id) !== 1) problems.push(`comment ${c.id} has ${commentAdded.get(c.id) ?? 0} comment.added entries`);
  for (const r of db.risks) if (riskCreated.get(r.id) !== 1) problems.push(`risk ${r.id} has ${riskCreated.get(r.id) ?? 0} risk.created entries`);
  for (const r of db.reviews) if (riskReviewed.get(r.id) !== 1) problems.push(`review ${r.id} has ${riskReviewed.get(r.id) ?? 0} risk.reviewed entries`);
  const ids = { comment: new Set(db.comments.map((c) => c.id)), risk: new Set(db.risks.map((r) => r.id)), review: new Set(db.reviews.map((r) => r.id)) };
  for (const a of db.audit) {
    if (a.action === 'comment.added' && !ids.comment.has(a.entityId)) problems.push(`comment.added for ${a.entityId}, which is not there`);
    if (a.action === 'risk.created' && !ids.risk.has(a.entityId)) problems.push(`risk.created for ${a.entityId}, which is not there`);
    if (a.action === 'risk.reviewed' && !ids.review.has(a.reviewId ?? '')) problems.push(`risk.reviewed of review ${a.reviewId}, which is not there`);
  }
  // A risk starts at version 1 and each update or review adds one, in the transaction that writes its entry.
  const changes = countBy(
    db.audit.filter((a) => a.action === 'risk.updated' || a.action === 'risk.reviewed'),
    (a) => a.entityId,
  );
  for (const r of db.risks) {
    const expected = 1 + (changes.get(r.id) ?? 0);
    if (r.version !== expected) problems.push(`risk ${r.id} is at version ${r.version} after ${expected - 1} recorded changes`);
  }
  return problems;
}

/** The memory rule, stated once: the last third's mean RSS at most max(10 %, 32 MiB) above the middle third's. */
export const MEMORY_RULE = { ratio: 0.1, slackKb: 32 * 1024 } as const;

export interface MemoryVerdict {
  ok: boolean;
  startKb: number;
  peakKb: number;
  endKb: number;
  middleMeanKb: number;
  lastMeanKb: number;
  reason: string;
}

/** RSS samples (kB, one a second) of one process over the run: did it level off, or keep growing? */
export function memoryVerdict(samplesKb: number[], rule = MEMORY_RULE): MemoryVerdict {
  const startKb = samplesKb[0] ?? 0;
  const peakKb = samplesKb.reduce((a, b) => Math.max(a, b), 0);
  const endKb = samplesKb.at(-1) ?? 0;
  if (samplesKb.length < 6) return { ok: false, startKb, peakKb, endKb, middleMeanKb: 0, lastMeanKb: 0, reason: `only ${samplesKb.length} samples` };
  const third = Math.floor(samplesKb.length / 3);
  const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
  const middleMeanKb = mean(samplesKb.slice(third, 2 * third));
  const lastMeanKb = mean(samplesKb.slice(2 * third));
  const allowedKb = Math.max(middleMeanKb * rule.ratio, rule.slackKb);
  const growthKb = lastMeanKb - middleMeanKb;
  const ok = growthKb <= allowedKb;
  const reason = `last third ${(lastMeanKb / 1024).toFixed(0)} MiB vs middle third ${(middleMeanKb / 1024).toFixed(0)} MiB: ${growthKb >= 0 ? '+' : ''}${(growthKb / 1024).toFixed(1)} MiB (allowed +${(allowedKb / 1024).toFixed(1)} MiB)`;
  return { ok, startKb, peakKb, endKb, middleMeanKb, lastMeanKb, reason };
}

/** The p-th percentile (0–100) of a list of numbers, nearest rank. */
export function percentile(values: number[], p: number): number {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))]!;
}
