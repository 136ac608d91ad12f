/**
 * "Download this view": the export buttons submit one form to /export/graph.<format> with what
 * is on screen — the whole graph, a neighbourhood (center, hops) or, once the view was expanded
 * by hand, the drawn entities' ids (POSTed, since a long id list would not fit in a URL) — and
 * the relation types the filter lets through.
 */
import { RELATION_TYPE_NAMES, type RelationType } from '../../domain/relationTypes.js';
import { byId, el } from './dom.js';

export type View =
  { kind: 'all' } | { kind: 'neighbourhood'; center: string; hops: number } | { kind: 'custom' };

export function updateDownloads(view: View, types: RelationType[], drawnIds: () => string[]): void {
  const form = byId<HTMLFormElement>('downloads');
  const fields: Record<string, string> = {};
  if (types.length < RELATION_TYPE_NAMES.length) fields.types = types.join(',');
  if (view.kind === 'neighbourhood') {
    fields.center = view.center;
    fields.hops = String(view.hops);
  } else if (view.kind === 'custom') fields.ids = drawnIds().join(',');
  form.method = view.kind === 'custom' ? 'post' : 'get';
  byId('download-fields').replaceChildren(
    ...Object.entries(fields).map(([name, value]) => el('input', { type: 'hidden', name, value })),
  );
  form.dataset.view = view.kind;
}
