/**
 * The closed set of a fact's qualifier keys (src/ingest/README.md): the fact files, the graph's
 * relationship properties, the API's `Qualifiers` type and the explorer all use these five.
 */
export const QUALIFIER_KEYS = ['about', 'reason', 'when', 'role', 'scope'] as const;

export type QualifierKey = (typeof QUALIFIER_KEYS)[number];

/** A fact's qualifiers as the API and the explorer see them (null: the article says nothing). */
export type Qualifiers = Record<QualifierKey, string | null>;
