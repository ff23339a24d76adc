import type { Db, Tx } from "./connect";

/**
 * Lets a service that opens its own transactions (`db.$transaction(...)`) run inside a transaction
 * the caller already holds: every `$transaction` of the returned client runs its work directly on
 * `tx`. The caller's transaction then commits or rolls back everything together, which is what an
 * idempotent upload needs: the record and the marker that it was made are one step.
 */
export function joinTransaction(tx: Tx): Db {
  return new Proxy(tx, {
    get(target, key, receiver) {
      if (key === "$transaction")
        return (work: unknown) => {
          if (typeof work !== "function") throw new Error("joinTransaction supports interactive transactions only");
          return (work as (tx: Tx) => Promise<unknown>)(target);
        };
      return Reflect.get(target, key, receiver);
    },
  }) as unknown as Db;
}
