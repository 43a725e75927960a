import { z } from 'zod';
import { companySchema, personSchema } from '../observation';
import { TIERS } from '../profiles/taxonomy';
import { IDENTITY_FIELDS, OUTCOMES, type AccountRecord, type ContactRecord } from './types';

/**
 * The stored shape of an account (lib/accounts/types.ts), checked when `local:accounts` is read
 * (lib/storage.ts): a record that does not match is skipped and counted, never a crash.
 * Lists a newer LeadFit may add to are read leniently (defaults for missing optional parts).
 */
const isoish = z.string().max(100);

export const contactRecordSchema = z.object({
  key: z.string().min(1).max(5000),
  person: personSchema,
  personaId: z.string().nullable(),
  personaName: z.string().nullable(),
  firstSeenAt: isoish,
  lastSeenAt: isoish,
}) satisfies z.ZodType<ContactRecord>;

export const accountRecordSchema = z.object({
  key: z.string().min(1).max(5000),
  aliases: z.array(z.string()),
  company: companySchema,
  contacts: z.array(contactRecordSchema),
  score: z.number().nullable(),
  tier: z.enum(TIERS).nullable(),
  coverage: z.number(),
  icpId: z.string().nullable(),
  icpName: z.string().nullable(),
  reasons: z.array(z.string()),
  packId: z.string(),
  packVersion: z.number(),
  outcome: z.enum(OUTCOMES).nullable(),
  outcomePackVersion: z.number().nullable(),
  pages: z.array(z.string()),
  firstSeenAt: isoish,
  lastSeenAt: isoish,
  identity: z.partialRecord(z.enum(IDENTITY_FIELDS), z.string().max(100)).optional(),
  conflicts: z
    .array(
      z.object({
        field: z.enum(IDENTITY_FIELDS),
        kept: z.string().max(5000),
        keptFrom: z.string().max(5000),
        claimed: z.string().max(5000),
        claimedBy: z.string().max(5000),
        at: isoish,
      }),
    )
    .max(100)
    .optional(),
  research: z
    .object({
      researchedAt: isoish,
      pages: z
        .array(
          z.object({
            page: z.enum(['linkedin', 'website', 'about']),
            url: z.string().max(5000),
            status: z.enum(['done', 'no-permission', 'timed-out', 'login-wall', 'mismatch', 'error', 'skipped']),
            sentence: z.string().max(1000),
          }),
        )
        .max(10),
    })
    .optional(),
}) satisfies z.ZodType<AccountRecord>;
