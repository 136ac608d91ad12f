/**
 * The relation-type filter, which is also the edge legend: one checkbox per type of the closed list
 * (src/domain), with its colour and count, and its meaning on hover.
 */
import { RELATION_COLORS } from '../../export/palette.js';
import { RELATION_TYPE_NAMES, RELATION_TYPES, type RelationType } from '../../domain/relationTypes.js';
import { byId, el } from './dom.js';
import { typeWords } from './graphView.js';

export function setUpTypeFilter(onChange: (types: RelationType[]) => void) {
  const box = byId('type-filter');
  const inputs = new Map<RelationType, HTMLInputElement>();
  const counts = new Map<RelationType, HTMLElement>();
  box.replaceChildren(
    ...RELATION_TYPE_NAMES.map((type) => {
      const input = el('input', { type: 'checkbox', value: type, checked: '' });
      input.addEventListener('change', () => onChange(selected()));
      const swatch = el('span', { class: 'swatch' });
      swatch.style.background = RELATION_COLORS[type];
      const count = el('span', { class: 'count' });
      inputs.set(type, input);
      counts.set(type, count);
      return el(
        'label',
        { title: `${type}: ${RELATION_TYPES[type].meaning}` },
        input,
        swatch,
        typeWords(type),
        count,
      );
    }),
  );
  const selected = () => RELATION_TYPE_NAMES.filter((t) => inputs.get(t)?.checked);
  return {
    selected,
    /** Shows how many drawn edges each type has. */
    setCounts(byType: Map<string, number>) {
      for (const [type, element] of counts) element.textContent = ` (${byType.get(type) ?? 0})`;
    },
  };
}
