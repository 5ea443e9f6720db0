"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { markAllReadAction } from "@/app/(portal)/notifications/actions";

export function MarkAllRead() {
  const t = useTranslations("ui");
  const router = useRouter();
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="secondary"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void markAllReadAction({}).then(() => {
          setBusy(false);
          router.refresh();
        });
      }}
    >
      {t("markAllRead")}
    </button>
  );
}
