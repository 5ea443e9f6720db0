"use client";

import { useCallback, useEffect, useRef, useState } from "react";

export type SaveState =
  | { kind: "idle" }
  | { kind: "dirty" }
  | { kind: "saving"; slow?: boolean }
  | { kind: "saved"; at: Date }
  | { kind: "error"; code: string }
  | { kind: "conflict" };

const SLOW_MS = 4000;
const RETRY_MS = 10_000;

/**
 * Debounced autosave. `save` receives the current version and returns the next one; a conflict
 * stops autosaving (the user decides), other errors are retried on the next change.
 */
export function useAutosave<T>(opts: {
  values: T;
  initialVersion: number;
  delayMs?: number;
  backupKey: string;
  save: (values: T, version: number) => Promise<{ ok: true; version: number } | { ok: false; code: string }>;
}) {
  const { values, save, backupKey, delayMs = 1500 } = opts;
  const version = useRef(opts.initialVersion);
  const lastSaved = useRef(JSON.stringify(values));
  const inFlight = useRef<Promise<void> | null>(null);
  const [state, setState] = useState<SaveState>({ kind: "idle" });
  const serialized = JSON.stringify(values);
  const dirty = serialized !== lastSaved.current;

  const flush = useCallback(async (): Promise<boolean> => {
    if (inFlight.current) await inFlight.current;
    const snapshot = JSON.stringify(values);
    if (snapshot === lastSaved.current) return true;
    let ok = false;
    inFlight.current = (async () => {
      setState({ kind: "saving" });
      // No answer after a few seconds (the server or its database frozen): say the draft is safe in this browser.
      const slow = window.setTimeout(() => setState((st) => (st.kind === "saving" ? { kind: "saving", slow: true } : st)), SLOW_MS);
      const r = await save(JSON.parse(snapshot) as T, version.current).catch(() => ({ ok: false as const, code: "INTERNAL" }));
      window.clearTimeout(slow);
      if (r.ok) {
        version.current = r.version;
        lastSaved.current = snapshot;
        window.localStorage.removeItem(backupKey);
        setState({ kind: "saved", at: new Date() });
        ok = true;
      } else {
        setState(r.code === "CONFLICT" ? { kind: "conflict" } : { kind: "error", code: r.code });
      }
    })();
    await inFlight.current;
    inFlight.current = null;
    return ok;
  }, [values, save, backupKey]);

  useEffect(() => {
    if (!dirty) return;
    // A local copy first: whatever happens to the network, what was typed survives a reload.
    window.localStorage.setItem(backupKey, JSON.stringify({ at: new Date().toISOString(), version: version.current, values }));
    if (state.kind === "conflict") return;
    setState((s) => (s.kind === "saving" ? s : { kind: "dirty" }));
    const timer = window.setTimeout(() => void flush(), delayMs);
    return () => window.clearTimeout(timer);
  }, [serialized]);

  // A save the server could not take (down, overloaded) is tried again by itself; the local copy holds it meanwhile.
  useEffect(() => {
    if (state.kind !== "error") return;
    const timer = window.setTimeout(() => void flush(), RETRY_MS);
    return () => window.clearTimeout(timer);
  }, [state, flush]);

  useEffect(() => {
    const warn = (e: BeforeUnloadEvent) => {
      if (JSON.stringify(values) !== lastSaved.current) e.preventDefault();
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [values]);

  return { state, flush, dirty, version };
}
