/**
 * Group commit: calls that arrive while a batch is being written wait and go together in the
 * next one, so that many concurrent records share one transaction (and one disk flush) while
 * each caller still learns its own outcome only after that transaction committed.
 */
export function batched<Item, Outcome>(write: (items: readonly Item[]) => Promise<readonly Outcome[]>, max = 256): (item: Item) => Promise<Outcome> {
  let queue: { item: Item; resolve: (outcome: Outcome) => void; reject: (error: unknown) => void }[] = [];
  let writing = false;
  const next = (): void => {
    if (writing || queue.length === 0) return;
    writing = true;
    const batch = queue.slice(0, max);
    queue = queue.slice(max);
    write(batch.map((entry) => entry.item)).then(
      (outcomes) => { batch.forEach((entry, i) => { entry.resolve(outcomes[i] as Outcome); }); },
      (error: unknown) => { for (const entry of batch) entry.reject(error); },
    ).finally(() => {
      writing = false;
      next();
    });
  };
  return (item) => new Promise<Outcome>((resolve, reject) => {
    queue.push({ item, resolve, reject });
    next();
  });
}
