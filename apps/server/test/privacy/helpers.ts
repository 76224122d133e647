import { createHash, randomUUID } from 'node:crypto';
import type { Executor } from '../../src/db/client';
import { invitations } from '../../src/db/schema';
import type { Client } from '../helpers/app';
import { pdfOf, upload } from '../documents/helpers';

/** An invitation to this address, written straight to the database (pending unless `accepted`). */
export async function invitationTo(db: Executor, email: string, name: string, accepted = false) {
  const [row] = await db
    .insert(invitations)
    .values({
      tokenHash: createHash('sha256').update(randomUUID()).digest('hex'),
      email,
      name,
      globalRole: 'donor_viewer',
      expiresAt: new Date(Date.now() + 86_400_000),
      acceptedAt: accepted ? new Date() : null,
    })
    .returning();
  return row!;
}

/** A comment and a document by this member of the partnership: the records a person leaves. */
export async function leaveRecords(c: Client, partnershipId: string, tag: string) {
  const comment = await c.post(`/api/partnerships/${partnershipId}/comments`, { entityType: 'partnership', entityId: partnershipId, body: `Comment by ${tag}` });
  if (comment.statusCode !== 201) throw new Error(comment.body);
  const doc = await upload(c, partnershipId, { fileName: `${tag}.pdf`, category: 'other' }, pdfOf(tag));
  if (doc.statusCode !== 201) throw new Error(doc.body);
  return { commentId: comment.json().id as string, documentId: doc.json().id as string };
}
