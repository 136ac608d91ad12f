/** The caller stopped waiting for Neo4j's answer (the work itself may still be running). */
export class NoAnswerInTime extends Error {
  override name = 'NoAnswerInTime';
  constructor(readonly waitedMs: number) {
    super(`Neo4j did not answer within ${waitedMs} ms.`);
  }
}

/** `work`'s outcome, or a NoAnswerInTime rejection once `ms` have passed without one. */
export async function withDeadline<T>(work: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new NoAnswerInTime(ms)), ms);
  });
  try {
    return await Promise.race([work, late]);
  } finally {
    clearTimeout(timer);
  }
}
