/**
 * Waits for `work` at most `ms`; says whether it finished in time. A shutdown step that waits on
 * a peer that stopped answering (a black-holed socket, a Redis client stuck reconnecting) must
 * not hold the process for ever: the caller then forces what it can and moves on.
 */
export async function finishesWithin(work: Promise<unknown>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<false>((resolve) => {
    timer = setTimeout(() => resolve(false), ms);
  });
  try {
    return await Promise.race([work.then(() => true as const), late]);
  } finally {
    clearTimeout(timer);
  }
}
