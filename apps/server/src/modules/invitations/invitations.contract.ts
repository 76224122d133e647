import { z } from 'zod';
import { GLOBAL_ROLES, LANGUAGES, PARTNERSHIP_ROLES, type InvitationDto, type Page } from '@mic/domain';
import { filterText, pageSchema, pagingQuery } from '../../lib/paging';

export const invitationBody = z.object({
  email: z.string().trim().max(320).pipe(z.email()),
  name: z.string().trim().min(1).max(200),
  language: z.enum(LANGUAGES),
  globalRole: z.enum(GLOBAL_ROLES).nullish(),
  partnershipId: z.uuid().nullish(),
  partnershipRole: z.enum(PARTNERSHIP_ROLES).nullish(),
});
export type InvitationInput = z.infer<typeof invitationBody>;

export const invitationListQuery = pagingQuery.extend({
  /** Part of the name or e-mail address, in any case. */
  search: filterText(),
});
export type InvitationListQuery = z.infer<typeof invitationListQuery>;

/** Any string: one that is not a uuid names no invitation (404). */
export const invitationIdParams = z.object({ id: z.string() });
/** Any string: a malformed token is just another invalid invitation (404), not a validation error. */
export const tokenParams = z.object({ token: z.string() });

export const acceptBody = z.object({
  password: z.string().max(1024),
  name: z.string().trim().min(1).max(200).optional(),
});

export const invitationDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  globalRole: z.enum(GLOBAL_ROLES).nullable(),
  partnershipId: z.string().nullable(),
  partnershipRole: z.enum(PARTNERSHIP_ROLES).nullable(),
  language: z.string(),
  expiresAt: z.string(),
  link: z.string().optional(),
  emailed: z.boolean().optional(),
});
export const invitationPage = pageSchema(invitationDto);

/** What the invitee's browser may know before accepting. */
export const tokenInfo = z.object({ email: z.string(), name: z.string(), language: z.enum(LANGUAGES) });

// The response schemas and the shared API types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameInvitation: Same<z.infer<typeof invitationDto>, InvitationDto> = true;
const samePage: Same<z.infer<typeof invitationPage>, Page<InvitationDto>> = true;
void sameInvitation;
void samePage;
