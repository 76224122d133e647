import { z } from 'zod';
import { GLOBAL_ROLES, LANGUAGES, PARTNERSHIP_ROLES } from '@mic/domain';

export const loginBody = z.object({
  email: z.string().trim().min(3).max(320),
  password: z.string().min(1).max(1024),
});

export const passwordChangeBody = z.object({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().max(1024),
});

export const languageBody = z.object({ language: z.enum(LANGUAGES) });

export const sessionUser = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  language: z.enum(LANGUAGES),
  globalRole: z.enum(GLOBAL_ROLES).nullable(),
  memberships: z.array(z.object({ partnershipId: z.string(), role: z.enum(PARTNERSHIP_ROLES) })),
});

export const sessionResponse = z.object({
  user: sessionUser.nullable(),
  csrfToken: z.string().nullable(),
});

export type SessionResponse = z.infer<typeof sessionResponse>;
