import { z } from 'zod';
import { GLOBAL_ROLES, PARTNERSHIP_ROLES, type Page, type UserDto } from '@mic/domain';
import { filterText, pageSchema, pagingQuery } from '../../lib/paging';

/** A role to filter users by: a programme-wide role or a role held in any partnership. */
export const USER_ROLE_FILTERS = [...GLOBAL_ROLES, ...PARTNERSHIP_ROLES] as const;
export type UserRoleFilter = (typeof USER_ROLE_FILTERS)[number];

export const userListQuery = pagingQuery.extend({
  /** Part of the name or e-mail address, in any case. */
  search: filterText(),
  role: z.enum(USER_ROLE_FILTERS).optional(),
});
export type UserListQuery = z.infer<typeof userListQuery>;

/** Ids are any string: one that is not a uuid names no row, so it answers 404 like an unknown one. */
export const userIdParams = z.object({ id: z.string() });
export const membershipParams = z.object({ id: z.string(), partnershipId: z.string() });

export const userPatchBody = z
  .object({
    name: z.string().trim().min(1).max(200),
    globalRole: z.enum(GLOBAL_ROLES).nullable(),
    disabled: z.boolean(),
    /** The version the administrator saw; a stale one is refused with 409 CONFLICT. Optional for older clients. */
    version: z.number().int().min(1),
  })
  .partial()
  .strict();
export type UserPatch = z.infer<typeof userPatchBody>;

export const membershipBody = z.object({ role: z.enum(PARTNERSHIP_ROLES) });

export const userDto = z.object({
  id: z.string(),
  email: z.string(),
  name: z.string(),
  globalRole: z.enum(GLOBAL_ROLES).nullable(),
  language: z.string(),
  disabled: z.boolean(),
  memberships: z.array(z.object({ partnershipId: z.string(), partnershipTitle: z.string(), role: z.enum(PARTNERSHIP_ROLES) })),
  version: z.number().int(),
});
export const userPage = pageSchema(userDto);

// The response schemas and the shared API types must describe the same shapes.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const sameUser: Same<z.infer<typeof userDto>, UserDto> = true;
const samePage: Same<z.infer<typeof userPage>, Page<UserDto>> = true;
void sameUser;
void samePage;
