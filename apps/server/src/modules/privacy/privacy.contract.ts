import { z } from 'zod';
import { GLOBAL_ROLES, PARTNERSHIP_ROLES } from '@mic/domain';

/** POST /api/users/:id/anonymise: why (kept in the audit log; write no personal data in it). */
export const anonymiseBody = z.object({ reason: z.string().trim().min(1).max(1000) }).strict();
export type AnonymiseInput = z.infer<typeof anonymiseBody>;

export const anonymiseResult = z.object({
  id: z.string(),
  name: z.string(),
  email: z.string(),
  disabled: z.literal(true),
  sessionsEnded: z.number().int(),
  membershipsRemoved: z.number().int(),
  invitationsWithdrawn: z.number().int(),
});
export type AnonymiseResult = z.infer<typeof anonymiseResult>;

const when = z.string();

/** GET /api/me/personal-data: everything the platform holds about the signed-in person. */
export const personalData = z.object({
  exportedAt: when,
  profile: z.object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    globalRole: z.enum(GLOBAL_ROLES).nullable(),
    language: z.string(),
    disabled: z.boolean(),
    createdAt: when,
  }),
  memberships: z.array(z.object({ partnershipId: z.string(), partnershipTitle: z.string(), role: z.enum(PARTNERSHIP_ROLES), since: when })),
  /** When each signed-in session began and ends; never its token. */
  sessions: z.array(z.object({ createdAt: when, expiresAt: when, current: z.boolean() })),
  invitationsReceived: z.array(
    z.object({
      id: z.string(),
      email: z.string(),
      name: z.string(),
      globalRole: z.string().nullable(),
      partnershipId: z.string().nullable(),
      partnershipRole: z.string().nullable(),
      createdAt: when,
      expiresAt: when,
      acceptedAt: when.nullable(),
    }),
  ),
  invitationsSent: z.array(
    z.object({ id: z.string(), globalRole: z.string().nullable(), partnershipId: z.string().nullable(), partnershipRole: z.string().nullable(), createdAt: when, acceptedAt: when.nullable() }),
  ),
  actions: z.object({
    items: z.array(z.object({ id: z.number(), at: when, action: z.string(), entityType: z.string(), entityId: z.string(), partnershipId: z.string().nullable() })),
    truncated: z.boolean(),
  }),
  recordedAboutYou: z.object({
    items: z.array(z.object({ id: z.number(), at: when, action: z.string(), entityType: z.string(), entityId: z.string(), before: z.unknown(), after: z.unknown() })),
    truncated: z.boolean(),
  }),
  comments: z.array(z.object({ id: z.string(), partnershipId: z.string(), entityType: z.string(), entityId: z.string(), body: z.string(), createdAt: when })),
  documents: z.array(
    z.object({
      id: z.string(),
      partnershipId: z.string(),
      fileName: z.string(),
      mediaType: z.string(),
      size: z.number(),
      sha256: z.string(),
      category: z.string(),
      version: z.number(),
      uploadedAt: when,
    }),
  ),
});
export type PersonalData = z.infer<typeof personalData>;
