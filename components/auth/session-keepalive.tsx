"use client";

import { signOutTo } from "./sign-out";
import { useTranslations } from "next-intl";
import { useCallback, useEffect, useRef, useState } from "react";

const PING_EVERY_MS = 60_000;
const WARN_BEFORE_MS = 60_000;

/**
 * Idle timeout. The session cookie expires after `idleMinutes`; user activity re-issues it
 * (at most once a minute) through /api/auth/session. Without activity the page warns a minute
 * before and then signs out, so an unattended screen does not stay open.
 */
export function SessionKeepAlive({ idleMinutes }: { idleMinutes: number }) {
  const t = useTranslations("idle");
  const lastActivity = useRef(Date.now());
  const lastPing = useRef(Date.now());
  const [secondsLeft, setSecondsLeft] = useState<number | null>(null);

  const ping = useCallback(() => {
    lastPing.current = Date.now();
    void fetch("/api/auth/session", { cache: "no-store" }).then(async (r) => {
      const body = (await r.json().catch(() => null)) as { user?: unknown } | null;
      if (!body?.user) window.location.assign("/login?reason=expired");
    });
  }, []);

  useEffect(() => {
    const idleMs = idleMinutes * 60_000;
    const onActivity = () => {
      lastActivity.current = Date.now();
      if (Date.now() - lastPing.current > PING_EVERY_MS) ping();
    };
    const events = ["mousedown", "keydown", "scroll", "touchstart"] as const;
    events.forEach((e) => window.addEventListener(e, onActivity, { passive: true }));
    const timer = window.setInterval(() => {
      const left = idleMs - (Date.now() - lastActivity.current);
      if (left <= 0) {
        window.clearInterval(timer);
        void signOutTo("/login?reason=idle");
      } else {
        setSecondsLeft(left <= WARN_BEFORE_MS ? Math.ceil(left / 1000) : null);
      }
    }, 1000);
    return () => {
      events.forEach((e) => window.removeEventListener(e, onActivity));
      window.clearInterval(timer);
    };
  }, [idleMinutes, ping]);

  if (secondsLeft === null) return null;
  return (
    <div className="alert warn idle-warning" role="alertdialog" aria-live="assertive">
      <p>{t("warning", { seconds: secondsLeft })}</p>
      <button
        type="button"
        onClick={() => {
          lastActivity.current = Date.now();
          ping();
          setSecondsLeft(null);
        }}
      >
        {t("stay")}
      </button>
    </div>
  );
}
