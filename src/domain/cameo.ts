/**
 * The 20 root categories of CAMEO (Conflict and Mediation Event Observations, codebook 1.1b3),
 * the event vocabulary behind GDELT. Every CAMEO code starts with its root's two digits
 * (112 "Accuse" is under 11 "Disapprove"), so a relation type's root follows from its code.
 */
export const CAMEO_ROOTS = {
  '01': 'Make public statement',
  '02': 'Appeal',
  '03': 'Express intent to cooperate',
  '04': 'Consult',
  '05': 'Engage in diplomatic cooperation',
  '06': 'Engage in material cooperation',
  '07': 'Provide aid',
  '08': 'Yield',
  '09': 'Investigate',
  '10': 'Demand',
  '11': 'Disapprove',
  '12': 'Reject',
  '13': 'Threaten',
  '14': 'Protest',
  '15': 'Exhibit force posture',
  '16': 'Reduce relations',
  '17': 'Coerce',
  '18': 'Assault',
  '19': 'Fight',
  '20': 'Use unconventional mass violence',
} as const;

export type CameoRoot = keyof typeof CAMEO_ROOTS;

/** The root category of a CAMEO code (`'112'` → `'11'`); null for no code. */
export function cameoRootOf(code: string | null): CameoRoot | null {
  if (code === null) return null;
  const root = code.slice(0, 2);
  if (!Object.hasOwn(CAMEO_ROOTS, root)) throw new Error(`${code} is not under a CAMEO root category`);
  return root as CameoRoot;
}
