import { describe, expect, it } from 'vitest';
import { memoryVerdict, percentile, reconcile, type AckedWrite, type Found } from '../src/soak/check';

// The verdicts of `npm run soak` and the fault scripts (bench/src/soak/check.ts).
const R1 = 'risk-1';

function consistent(): Found {
  return {
    comments: [{ id: 'c1', tag: 't-comment' }],
    risks: [{ id: R1, tag: 't-risk', version: 3 }],
    reviews: [{ id: 'rv1', riskId: R1, tag: 't-review' }],
    audit: [
      { action: 'comment.added', entityId: 'c1' },
      { action: 'risk.created', entityId: R1 },
      { action: 'risk.reviewed', entityId: R1, reviewId: 'rv1' },
      { action: 'risk.updated', entityId: R1, owner: 't-edit' },
    ],
  };
}
const acked: AckedWrite[] = [
  { kind: 'comment', tag: 't-comment', id: 'c1' },
  { kind: 'risk', tag: 't-risk', id: R1 },
  { kind: 'review', tag: 't-review', id: R1 },
  { kind: 'edit', tag: 't-edit', id: R1 },
];

describe('reconcile', () => {
  it('finds every acknowledged write of a consistent database exactly once', () => {
    const r = reconcile(acked, consistent());
    expect(r).toMatchObject({ acked: 4, found: 4, missing: [], duplicates: [], wrongId: [], halfWritten: [], unacknowledged: 0 });
  });

  it('reports a lost write, a write stored twice and one stored under another id', () => {
    const db = consistent();
    db.comments = [{ id: 'c2', tag: 't-comment' }];
    db.audit.push({ action: 'comment.added', entityId: 'c2' });
    db.reviews.push({ id: 'rv2', riskId: R1, tag: 't-review' });
    db.audit = db.audit.filter((a) => a.action !== 'risk.updated');
    const r = reconcile(acked, db);
    expect(r.wrongId.map((w) => w.tag)).toEqual(['t-comment']);
    expect(r.duplicates.map((w) => w.tag)).toEqual(['t-review']);
    expect(r.missing.map((w) => w.tag)).toEqual(['t-edit']);
  });

  it('counts rows nobody was told about as unacknowledged, and flags a refused edit that was applied', () => {
    const db = consistent();
    db.comments.push({ id: 'c9', tag: 't-lost-answer' });
    db.audit.push({ action: 'comment.added', entityId: 'c9' });
    const r = reconcile(acked.filter((w) => w.kind !== 'edit'), db, [{ kind: 'edit', tag: 't-edit', id: R1 }]);
    expect(r.unacknowledged).toBe(1);
    expect(r.appliedDespiteRefusal.map((w) => w.tag)).toEqual(['t-edit']);
  });

  it('finds half-written objects: no audit entry, an entry without its object, a version without its change', () => {
    const db = consistent();
    db.audit = db.audit.filter((a) => a.action !== 'comment.added');
    db.audit.push({ action: 'risk.reviewed', entityId: R1, reviewId: 'rv-gone' });
    db.risks[0]!.version = 5;
    const problems = reconcile(acked, db).halfWritten.join('\n');
    expect(problems).toContain('comment c1 has 0 comment.added entries');
    expect(problems).toContain('review rv-gone, which is not there');
    expect(problems).toContain(`risk ${R1} is at version 5 after 3 recorded changes`);
  });
});

describe('memoryVerdict', () => {
  const mib = (n: number) => n * 1024;

  it('passes memory that levels off after warming up', () => {
    const samples = [100, 150, 180, 190, 195, 196, 197, 196, 198, 197, 198, 199].map(mib);
    const v = memoryVerdict(samples);
    expect(v.ok).toBe(true);
    expect(v).toMatchObject({ startKb: mib(100), peakKb: mib(199), endKb: mib(199) });
  });

  it('fails memory that keeps growing beyond 10 % and 32 MiB from the middle third to the last', () => {
    const samples = Array.from({ length: 30 }, (_, i) => mib(200 + i * 10));
    const v = memoryVerdict(samples);
    expect(v.ok).toBe(false);
    expect(v.reason).toContain('allowed +');
  });

  it('allows 32 MiB of noise on a small process and refuses a run too short to judge', () => {
    expect(memoryVerdict([100, 100, 100, 100, 125, 125].map(mib)).ok).toBe(true);
    expect(memoryVerdict([100, 100, 100].map(mib)).ok).toBe(false);
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const xs = Array.from({ length: 100 }, (_, i) => i + 1);
    expect([percentile(xs, 50), percentile(xs, 99), percentile(xs, 100), percentile([], 50)]).toEqual([50, 99, 100, 0]);
  });
});
