import type { PGlite } from "@electric-sql/pglite";

// PGlite is one PostgreSQL backend shared by every socket connection. pglite-socket's own queue hands it
// one protocol message at a time and only keeps a connection alone while a transaction block is open, so
// under concurrency another connection's Parse can land between this one's Parse and Bind (the unnamed
// statement is replaced: "bind message supplies 2 parameters, but prepared statement "" requires 1"), or run
// inside its transaction, or bind its statement and get its rows back. This queue keeps each connection alone
// for a whole exchange: from its first message to the Sync (or simple Query) that ends it, and on for as long
// as a transaction block it opened is still open.

interface Item {
  handlerId: number;
  message: Uint8Array;
  onData: (data: Uint8Array) => void;
  resolve: (bytes: number) => void;
  reject: (err: unknown) => void;
}

const SYNC = 0x53; // 'S'
const QUERY = 0x51; // 'Q'
const TERMINATE = 0x58; // 'X'
// Parse, Bind, Describe, Execute, Close, Flush: the extended-protocol messages an exchange is made of.
const EXTENDED = new Set([0x50, 0x42, 0x44, 0x45, 0x43, 0x48]);

export class ExchangeQueue {
  private queue: Item[] = [];
  private running = false;
  private owner: number | null = null;

  constructor(private readonly db: PGlite) {}

  enqueue(handlerId: number, message: Uint8Array, onData: (data: Uint8Array) => void): Promise<number> {
    return new Promise((resolve, reject) => {
      this.queue.push({ handlerId, message, onData, resolve, reject });
      void this.run();
    });
  }

  private take(): Item | undefined {
    if (this.owner === null) return this.queue.shift();
    const i = this.queue.findIndex((x) => x.handlerId === this.owner);
    return i < 0 ? undefined : this.queue.splice(i, 1)[0];
  }

  /** Who may go next: the sender keeps the backend until its exchange, and any transaction block it opened, ends. */
  private settle(item: Item): void {
    const type = item.message[0];
    if (type === SYNC || type === QUERY) this.owner = this.db.isInTransaction() ? item.handlerId : null;
    else if (type === TERMINATE) this.owner = null;
    else if (type !== undefined && EXTENDED.has(type)) this.owner = item.handlerId;
  }

  private async run(): Promise<void> {
    if (this.running) return;
    this.running = true;
    try {
      for (let item = this.take(); item; item = this.take()) {
        let bytes = 0;
        try {
          await this.db.runExclusive(() =>
            this.db.execProtocolRawStream(item!.message, {
              onRawData: (data) => {
                bytes += data.length;
                item!.onData(data);
              },
            }),
          );
        } catch (err) {
          this.owner = null;
          item.reject(err);
          continue;
        }
        this.settle(item);
        item.resolve(bytes);
      }
    } finally {
      this.running = false;
    }
  }

  getQueueLength(): number {
    return this.queue.length;
  }

  clearQueueForHandler(handlerId: number): void {
    const mine = this.queue.filter((x) => x.handlerId === handlerId);
    this.queue = this.queue.filter((x) => x.handlerId !== handlerId);
    for (const x of mine) x.reject(new Error("Handler disconnected"));
  }

  /** A connection that goes away mid-exchange or mid-transaction must not keep the backend: roll back and go on. */
  async clearTransactionIfNeeded(handlerId: number): Promise<void> {
    if (this.owner !== handlerId) return;
    if (this.db.isInTransaction()) await this.db.exec("ROLLBACK");
    this.owner = null;
    await this.run();
  }
}
