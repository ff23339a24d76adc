/**
 * A transaction on PostgreSQL runs on one pooled connection: one `pg` client. Prisma sends some of
 * a transaction's queries at the same moment: the relations of an `include` are loaded side by side
 * by Prisma itself, and so is every query of a `Promise.all` over `tx`. `pg` queued them on the
 * connection and sent them one by one, with a deprecation warning ("Calling client.query() when the
 * client is already executing a query"); pg 9 will refuse them. Here each query of a transaction
 * waits for the one before it to be answered, in the order they were issued, before it reaches the
 * client: what `pg` did, without leaning on what pg 9 removes. Queries outside a transaction go to
 * the pool, one connection each, as before. (PGlite has one connection and orders queries itself.)
 */
import type { SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

export function oneQueryAtATimeInTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return {
    provider: factory.provider,
    adapterName: factory.adapterName,
    async connect() {
      const adapter = await factory.connect();
      const startTransaction = adapter.startTransaction.bind(adapter);
      adapter.startTransaction = async (isolationLevel) => inTurn(await startTransaction(isolationLevel));
      return adapter;
    },
  };
}

/** The transaction's queries (savepoints and the final COMMIT or ROLLBACK included) in one queue. */
function inTurn(tx: Transaction): Transaction {
  let previous: Promise<unknown> = Promise.resolve();
  const queue = <T>(send: () => Promise<T>): Promise<T> => {
    // A failed query does not hold up the next: it is sent and fails as the database decides.
    const next = previous.then(send, send);
    previous = next.catch(() => undefined);
    return next;
  };
  const queryRaw = tx.queryRaw.bind(tx);
  const executeRaw = tx.executeRaw.bind(tx);
  tx.queryRaw = (query: SqlQuery) => queue(() => queryRaw(query));
  tx.executeRaw = (query: SqlQuery) => queue(() => executeRaw(query));
  return tx;
}
