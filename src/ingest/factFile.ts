/**
 * The fact file format `newsgraph/facts@1` (documented in src/ingest/README.md): one article,
 * the entities it names and the facts it states. This zod schema is the definition; the JSON
 * Schema editors use (`seed/facts.schema.json`) is generated from it by `npx newsgraph schema`.
 * Objects are strict, so a misspelt key is an error instead of silently ignored data. What a
 * schema cannot say (quotes in the text, ids that resolve) is checked in checkFactFile.ts.
 */
import { z } from 'zod';
import { QUALIFIER_KEYS, type QualifierKey } from '../domain/qualifierKeys.js';
import { ENTITY_KINDS } from '../domain/entityKinds.js';
import { RELATION_TYPE_NAMES } from '../domain/relationTypes.js';
import { parsePartialDate, spanInOrder } from '../domain/partialDate.js';

export const FORMAT = 'newsgraph/facts@1';

const id = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be kebab-case: lower-case letters, digits and single hyphens');
const text = z.string().trim().min(1, 'must not be empty');
/** A year, month, day or timestamp, kept with its precision (src/domain/partialDate.ts). */
const partialDate = z
  .string()
  .refine((s) => parsePartialDate(s) !== undefined, { message: 'not a date in an accepted form' });
/** When an event happened: a date of any precision, or a span of two. */
const eventDate = z.union(
  [
    partialDate,
    z
      .strictObject({ from: partialDate, to: partialDate })
      .refine((w) => spanInOrder(parsePartialDate(w.from)!, parsePartialDate(w.to)!), {
        message: '"to" is before "from"',
      }),
  ],
  { error: () => 'not a date in an accepted form, nor a span { "from": date, "to": date }' },
);
/** Unknown metadata is null (or left out): never guessed. */
const unknownOr = <T extends z.ZodType>(schema: T) => schema.nullable().optional();

export const articleSchema = z
  .strictObject({
    id: id.describe('Stable article id'),
    title: text.describe('The title as printed'),
    language: z
      .string()
      .regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'must be a BCP 47 language tag such as "de"'),
    outlet: unknownOr(text),
    author: unknownOr(text),
    publishedAt: unknownOr(partialDate).describe(
      'Year, month, day or date-time with UTC offset (YYYY, YYYY-MM, YYYY-MM-DD, ISO 8601); null when unknown',
    ),
    url: unknownOr(z.url()),
    text: z.string().min(1).optional().describe('The article text inline (or textFile)'),
    textFile: text.optional().describe('The article text file, relative to this fact file (or text)'),
  })
  .refine((a) => (a.text === undefined) !== (a.textFile === undefined), {
    message: 'give exactly one of "text" and "textFile"',
  });

/**
 * An entity: defined (name and kind at least), or named by its id alone — `{ "id": "deepseek" }`
 * refers to an entity defined in the graph or in another file of the load. One object schema
 * rather than a union, so a definition missing its kind is reported at `entities[i].kind`.
 */
export const entitySchema = z
  .strictObject({
    id: id.describe('Stable, global entity id'),
    name: text
      .optional()
      .describe('Canonical English name (left out with everything else: a reference by id)'),
    kind: z.enum(ENTITY_KINDS).optional(),
    aliases: z.array(text).default([]).describe('Every form the article uses, plus common English ones'),
    roles: z
      .array(z.strictObject({ title: text, of: id.describe('Entity id of the organisation') }))
      .default([]),
    description: text.optional(),
    wikidataId: z
      .string()
      .regex(/^Q[1-9]\d*$/, 'must be a Wikidata item id such as "Q21708200"')
      .optional()
      .describe('Wikidata item id; one entity per id in the graph'),
  })
  .superRefine((e, ctx) => {
    // Without name, kind, description and wikidataId it is a reference, which may add aliases and roles.
    const defines =
      e.name !== undefined ||
      e.kind !== undefined ||
      e.description !== undefined ||
      e.wikidataId !== undefined;
    if (defines)
      for (const key of ['name', 'kind'] as const)
        if (e[key] === undefined)
          ctx.addIssue({
            code: 'custom',
            path: [key],
            message:
              'missing (required in a definition; a reference to an entity defined elsewhere gives only "id", and may add "aliases" and "roles")',
          });
  });

export const factSchema = z.strictObject({
  id: id.describe('Stable, global fact id; a second article reporting the same fact reuses it'),
  subject: id.describe('Entity id'),
  type: z.enum(RELATION_TYPE_NAMES, {
    error: (issue) =>
      `unknown relation type ${JSON.stringify(issue.input)}; expected one of ${RELATION_TYPE_NAMES.join(', ')}`,
  }),
  object: id.describe('Entity id'),
  summary: text.describe('One English sentence'),
  quote: text.describe('Verbatim quote: an exact substring of the article text'),
  qualifiers: z
    .strictObject(
      Object.fromEntries(QUALIFIER_KEYS.map((k) => [k, text.optional()])) as {
        [K in QualifierKey]: z.ZodOptional<typeof text>;
      },
    )
    .default({}),
  statedBy: id.optional().describe('Entity id of who states it, where that differs from the subject'),
  modality: z.enum(['alleged', 'reported', 'confirmed']),
  confidence: z.number().min(0).max(1),
  cameo: z
    .string()
    .regex(/^\d{2,4}$/, 'must be a CAMEO event code of 2 to 4 digits')
    .nullable()
    .optional()
    .describe("CAMEO code for this fact; null for none; left out: the relation type's code"),
  denies: z.array(id).min(1).optional().describe('DENIES only: ids of the facts this denial rejects'),
  when: eventDate
    .optional()
    .describe(
      'When the event happened: a date of any precision, or {from, to}; qualifiers.when keeps the wording',
    ),
  deprecated: z
    .strictObject({ on: partialDate, reason: text })
    .optional()
    .describe('This article retracted or corrected the claim: kept, but no longer counted'),
});

export const factFileSchema = z.strictObject({
  $schema: z.string().optional(),
  format: z.literal(FORMAT),
  article: articleSchema,
  entities: z.array(entitySchema),
  facts: z.array(factSchema),
});

export type FactFile = z.output<typeof factFileSchema>;
export type Fact = FactFile['facts'][number];
export type EntityEntry = FactFile['entities'][number];
export type EntityDefinition = EntityEntry & Required<Pick<EntityEntry, 'name' | 'kind'>>;
/** False for a reference by id alone (`{ "id": … }`): the entity is defined elsewhere. */
export const isDefinition = (e: EntityEntry): e is EntityDefinition =>
  e.name !== undefined && e.kind !== undefined;
