// Gold annotation files (`NAME.gold.json`, see tests/gold/GUIDELINES.md): schema and loader.
// Strict objects, so a misspelt field fails loudly instead of silently scoring as absent.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { EntityType, ProposalKind, RelationType } from '../schema.js';

const date = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');
const text = z.string().min(1);

export const GoldProposal = z.strictObject({
  kind: ProposalKind.nullable(),
  number: text.nullable(),
  title: text.nullable(),
  session: text.nullable(),
});
export type GoldProposal = z.infer<typeof GoldProposal>;

export const GoldEntity = z.strictObject({
  type: EntityType,
  name: text,
  aliases: z.array(text),
  required: z.boolean(),
  docNumber: text.nullable().optional(),
  notes: z.string().optional(),
});
export type GoldEntity = z.infer<typeof GoldEntity>;

export const GoldRelation = z.strictObject({
  type: RelationType,
  from: text,
  to: text,
  required: z.boolean(),
  notes: z.string().optional(),
});
export type GoldRelation = z.infer<typeof GoldRelation>;

export const GoldFile = z.strictObject({
  source: text,
  letter: z.strictObject({
    indexNumber: text.nullable(),
    docNumber: text.nullable(),
    title: text.nullable(),
    genre: text.nullable(),
    topics: z.array(text),
    publisher: text.nullable(),
    writtenDate: date.nullable(),
    publishedDate: date.nullable(),
    signedDate: date.nullable(),
    resultClass: text.nullable().optional(),
  }),
  proposal: GoldProposal.nullable(),
  otherProposals: z.array(GoldProposal).nullable().optional(),
  proposer: z.strictObject({ name: text.nullable(), role: text.nullable() }).nullable(),
  replyingAgency: text.nullable(),
  coHandlers: z.array(text),
  signer: z.strictObject({ name: text.nullable(), title: text.nullable() }).nullable(),
  contact: z.strictObject({ name: text.nullable(), phone: text.nullable() }).nullable(),
  entities: z.array(GoldEntity),
  relations: z.array(GoldRelation),
  notes: z.string().optional(),
});
export type GoldFile = z.infer<typeof GoldFile>;

/** A gold file that could not be read or does not follow the schema. */
export class GoldError extends Error {
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'GoldError';
  }
}

/** Parses gold JSON text; `file` only names the source in errors. */
export function parseGold(json: string, file: string): GoldFile {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch (err) {
    throw new GoldError(file, `not valid JSON (${(err as Error).message})`);
  }
  const parsed = GoldFile.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
    const more = parsed.error.issues.length > 1 ? ` (+${parsed.error.issues.length - 1} more)` : '';
    throw new GoldError(file, `invalid gold at ${where}: ${issue?.message ?? 'schema mismatch'}${more}`);
  }
  return parsed.data;
}

export async function loadGold(file: string): Promise<GoldFile> {
  let json: string;
  try {
    json = await readFile(file, 'utf8');
  } catch (err) {
    throw new GoldError(file, `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  return parseGold(json, file);
}
