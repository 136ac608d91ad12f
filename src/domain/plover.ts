/**
 * PLOVER (Political Language Ontology for Verifiable Event Records), the event ontology that
 * replaced CAMEO in POLECAT, the successor of ICEWS. It keeps CAMEO's categories 03–20 as 16
 * event types (08 split into CONCEDE and RETREAT; 09 and 11 merged into ACCUSE; 18–20 merged
 * into ASSAULT), moves the finer detail into a `mode` (how) and a `context` (what about), and
 * does not code plain statements or appeals (CAMEO 01 and 02) at all.
 */
export const PLOVER_EVENT_TYPES = [
  'AGREE',
  'CONSULT',
  'SUPPORT',
  'CONCEDE',
  'COOPERATE',
  'AID',
  'RETREAT',
  'DEMAND',
  'ACCUSE',
  'REJECT',
  'THREATEN',
  'PROTEST',
  'SANCTION',
  'MOBILIZE',
  'COERCE',
  'ASSAULT',
] as const;

type PloverEventType = (typeof PLOVER_EVENT_TYPES)[number];

/** A relation type's PLOVER event: its type, and its mode where one mode fits every such fact. */
export interface PloverEvent {
  event: PloverEventType;
  mode: string | null;
}
