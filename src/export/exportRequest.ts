/**
 * What to export, parsed and validated from raw strings (URL query or command-line options) in
 * one place, so HTTP and CLI accept exactly the same arguments and give the same messages.
 */
import { UserError } from '../errors/UserError.js';
import { isRelationType, RELATION_TYPE_NAMES, type RelationType } from '../domain/relationTypes.js';
import { EXPORT_FORMAT_NAMES, isExportFormat, type ExportFormat } from './exportFormats.js';

export const MAX_HOPS = 3;
/** Upper bound on `ids` (the explorer's current view): keeps URLs and queries bounded. */
export const MAX_IDS = 1000;

/** Which part of the graph: all of it, a neighbourhood, or the entities the explorer shows. */
export type ExportScope =
  | { kind: 'whole' }
  | { kind: 'neighbourhood'; center: string; hops: number }
  | { kind: 'entities'; ids: string[] };

export interface ExportRequest {
  format: ExportFormat;
  scope: ExportScope;
  /** Relation types to include; every type when none were asked for. */
  types: RelationType[];
}

/** A bad export argument (HTTP 400) or an unknown entity (HTTP 404); the message names which. */
export class ExportRequestError extends UserError {
  constructor(
    message: string,
    readonly status: 400 | 404 = 400,
  ) {
    super(message);
  }
}

export interface RawExportArguments {
  format?: string | null;
  center?: string | null;
  hops?: string | null;
  types?: string | null;
  ids?: string | null;
}

const blank = (v: string | null | undefined): v is null | undefined =>
  v === null || v === undefined || v.trim() === '';
const list = (v: string) =>
  v
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');

export function parseExportRequest(raw: RawExportArguments): ExportRequest {
  if (blank(raw.format))
    throw new ExportRequestError(`Missing export format: use ${EXPORT_FORMAT_NAMES.join(', ')}.`);
  const format = raw.format.trim().toLowerCase();
  if (!isExportFormat(format))
    throw new ExportRequestError(
      `Unknown export format "${raw.format}": use ${EXPORT_FORMAT_NAMES.join(', ')}.`,
    );
  return { format, scope: parseScope(raw), types: parseTypes(raw.types) };
}

function parseTypes(raw: string | null | undefined): RelationType[] {
  if (blank(raw)) return [...RELATION_TYPE_NAMES];
  const types = list(raw).map((t) => t.toUpperCase());
  const unknown = types.filter((t) => !isRelationType(t));
  if (unknown.length > 0)
    throw new ExportRequestError(
      `Unknown relation type${unknown.length > 1 ? 's' : ''} in types: ${unknown.join(', ')}. Known types: ${RELATION_TYPE_NAMES.join(', ')}.`,
    );
  if (types.length === 0) throw new ExportRequestError('types is empty: name at least one relation type.');
  return [...new Set(types)] as RelationType[];
}

function parseScope(raw: RawExportArguments): ExportScope {
  if (!blank(raw.ids)) {
    if (!blank(raw.center) || !blank(raw.hops))
      throw new ExportRequestError('Give either ids or center/hops, not both.');
    const ids = [...new Set(list(raw.ids))];
    if (ids.length === 0) throw new ExportRequestError('ids is empty: name at least one entity id.');
    if (ids.length > MAX_IDS)
      throw new ExportRequestError(`ids names ${ids.length} entities; at most ${MAX_IDS}.`);
    return { kind: 'entities', ids };
  }
  if (blank(raw.center)) {
    if (!blank(raw.hops))
      throw new ExportRequestError('hops needs center: the id of the entity to start from.');
    return { kind: 'whole' };
  }
  return { kind: 'neighbourhood', center: raw.center.trim(), hops: parseHops(raw.hops) };
}

function parseHops(raw: string | null | undefined): number {
  if (blank(raw)) return 1;
  const hops = Number(raw.trim());
  if (!/^\d+$/.test(raw.trim()) || hops < 1 || hops > MAX_HOPS)
    throw new ExportRequestError(`hops must be a whole number from 1 to ${MAX_HOPS}; got "${raw}".`);
  return hops;
}
