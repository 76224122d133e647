import { z } from 'zod';
import { DOCUMENT_CATEGORIES, PUBLIC_FIELDS } from '@mic/domain';

export const publicationParams = z.object({ id: z.string() });
export const documentPublicationParams = z.object({ id: z.string(), documentId: z.string() });

/** `version` 0 is the first save (no settings stored yet); a repeated field is kept once. */
export const publicationSettingsBody = z
  .object({
    version: z.number().int().min(0),
    hidden: z.array(z.enum(PUBLIC_FIELDS)).max(PUBLIC_FIELDS.length * 2),
  })
  .strict();
export type PublicationSettingsBody = z.infer<typeof publicationSettingsBody>;

/** `version`: the publication settings' version the change was made on (0: none saved yet); optional for older clients. */
export const documentPublicationBody = z.object({ published: z.boolean(), version: z.number().int().min(0).optional() }).strict();
export type DocumentPublicationBody = z.infer<typeof documentPublicationBody>;

export const publicationSettingsDto = z.object({
  partnershipId: z.string(),
  public: z.boolean(),
  hidden: z.array(z.enum(PUBLIC_FIELDS)),
  documents: z.array(z.object({ id: z.string(), fileName: z.string(), category: z.enum(DOCUMENT_CATEGORIES), published: z.boolean() })),
  version: z.number().int(),
  can: z.object({ edit: z.boolean() }),
});
