import { z } from 'zod';

const Names = z.object({ en: z.array(z.string()), ar: z.array(z.string()) });

export const ActorSchema = z.object({
  id: z.string(),
  type: z.enum(['person', 'government', 'ministry', 'military', 'armed-group', 'igo', 'organisation']),
  names: z.object({ en: z.string(), ar: z.string() }),
  /** Full names, transliteration variants and former names: matched anywhere. */
  aliases: Names,
  /** Surnames and short forms: matched only after a full name in the same article. */
  shortNames: Names,
  formerNames: Names,
  /** The organisation the actor belongs to (minister → ministry). */
  parent: z.string().nullable(),
  /** The state it belongs to, as a place id. */
  country: z.string().nullable(),
  role: z.string().optional(),
});
export type Actor = z.infer<typeof ActorSchema>;

export const ActorsFileSchema = z.object({ version: z.string(), attribution: z.array(z.string()), actors: z.array(ActorSchema) });
