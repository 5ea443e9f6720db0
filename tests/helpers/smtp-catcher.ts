import type { AddressInfo } from "node:net";
import { SMTPServer } from "smtp-server";

export interface CaughtMessage {
  from: string | undefined;
  to: string[];
  raw: string;
  /** The Subject header, unfolded and with RFC 2047 encoded-words decoded. */
  subject: string;
  /** The body of a single-part message, with its Content-Transfer-Encoding undone. */
  text: string;
}

export interface SmtpCatcher {
  url: string;
  messages: CaughtMessage[];
  /** Recipients for which this returns true are refused with 550 (to exercise the failure path). */
  rejectRecipient: (address: string) => boolean;
  waitFor(n: number, timeoutMs?: number): Promise<CaughtMessage[]>;
  close(): Promise<void>;
}

/** A local SMTP server on 127.0.0.1 (random port) that keeps whatever it receives. Plain text only: no STARTTLS. */
export async function startSmtpCatcher(opts: { rejectRecipient?: (address: string) => boolean } = {}): Promise<SmtpCatcher> {
  const messages: CaughtMessage[] = [];
  const catcher: SmtpCatcher = {
    url: "",
    messages,
    rejectRecipient: opts.rejectRecipient ?? (() => false),
    async waitFor(n, timeoutMs = 5_000) {
      const deadline = Date.now() + timeoutMs;
      while (messages.length < n) {
        if (Date.now() > deadline) throw new Error(`expected ${n} messages, got ${messages.length}`);
        await new Promise((r) => setTimeout(r, 20));
      }
      return messages;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };

  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    logger: false,
    onRcptTo(address, _session, callback) {
      if (catcher.rejectRecipient(address.address)) {
        const err = Object.assign(new Error("mailbox unavailable"), { responseCode: 550 });
        callback(err);
        return;
      }
      callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on("data", (c: Buffer) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const mailFrom = session.envelope.mailFrom;
        messages.push({
          from: mailFrom ? mailFrom.address : undefined,
          to: session.envelope.rcptTo.map((a) => a.address),
          raw,
          subject: decodeEncodedWords(headerValue(raw, "subject") ?? ""),
          text: decodeBody(raw),
        });
        callback();
      });
    },
  });

  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  catcher.url = `smtp://127.0.0.1:${(server.server.address() as AddressInfo).port}`;
  return catcher;
}

function splitMessage(raw: string): { head: string; body: string } {
  const at = raw.search(/\r?\n\r?\n/);
  if (at < 0) return { head: raw, body: "" };
  return { head: raw.slice(0, at), body: raw.slice(at).replace(/^\r?\n\r?\n/, "") };
}

/** One header's value, with folded continuation lines joined. */
export function headerValue(raw: string, name: string): string | undefined {
  const unfolded = splitMessage(raw).head.replace(/\r?\n[ \t]+/g, " ");
  for (const line of unfolded.split(/\r?\n/)) {
    const colon = line.indexOf(":");
    if (colon > 0 && line.slice(0, colon).trim().toLowerCase() === name.toLowerCase()) return line.slice(colon + 1).trim();
  }
  return undefined;
}

/** RFC 2047: =?UTF-8?B?...?= and =?UTF-8?Q?...?=; whitespace between adjacent encoded-words is dropped. */
export function decodeEncodedWords(value: string): string {
  const word = /=\?([^?]+)\?([bBqQ])\?([^?]*)\?=/g;
  const joined = value.replace(/(\?=)\s+(?==\?)/g, "$1");
  // Collect bytes across adjacent words so a character split between two words still decodes.
  let out = "";
  let pending: Buffer[] = [];
  let last = 0;
  const flush = () => {
    if (pending.length) out += Buffer.concat(pending).toString("utf8");
    pending = [];
  };
  for (const m of joined.matchAll(word)) {
    const [whole, charset, enc, text] = m as unknown as [string, string, string, string];
    if (m.index > last) {
      flush();
      out += joined.slice(last, m.index);
    }
    if (!/^utf-?8$/i.test(charset.split("*")[0]!)) throw new Error(`unsupported charset ${charset}`);
    pending.push(
      enc.toLowerCase() === "b"
        ? Buffer.from(text, "base64")
        : Buffer.from(
            text.replace(/_/g, " ").replace(/=([0-9A-Fa-f]{2})/g, (_s, h: string) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ),
    );
    last = m.index + whole.length;
  }
  flush();
  return out + joined.slice(last);
}

function decodeBody(raw: string): string {
  const { body } = splitMessage(raw);
  const cte = (headerValue(raw, "content-transfer-encoding") ?? "7bit").toLowerCase();
  if (cte === "base64") return Buffer.from(body.replace(/\s+/g, ""), "base64").toString("utf8");
  if (cte === "quoted-printable") {
    const bytes = body.replace(/=\r?\n/g, "").replace(/=([0-9A-Fa-f]{2})/g, (_s, h: string) => String.fromCharCode(parseInt(h, 16)));
    return Buffer.from(bytes, "latin1").toString("utf8");
  }
  return body;
}
