import { withPageText } from "@/lib/i18n/page-text";
import Link from "@/components/ui/link";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { requirePageUser } from "@/lib/auth/session";
import { PAGE_ROLES } from "@/lib/auth/nav";
import { getCallOrThrow } from "@/lib/calls/find-calls";
import { AppError } from "@/lib/errors/app-error";
import { IntentForm } from "@/components/calls/intent-form";
import { IntentDecisionForm } from "@/components/calls/intent-decision-form";
import { StartFilingForm } from "@/components/calls/start-filing-form";
import { formatDate, formatDateTime } from "@/components/ui/format";
import { IntentEvidence } from "@/components/calls/intent-evidence";
import { INTENT_FILES_PER_CONDITION, listIntentFiles } from "@/lib/calls/intent-evidence";
import type { Metadata } from "next";
import { industryName } from "@/lib/rules/industries";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("calls");
  return { title: t("detailTitle") };
}

async function CallPage({ params }: { params: Promise<{ id: string }> }) {
  const user = await requirePageUser(PAGE_ROLES.calls);
  const { id } = await params;
  if (!/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const { call, isStaff, canDecide } = await getCallOrThrow(user, id).catch((err: unknown) => {
    if (AppError.is(err, "NOT_FOUND")) notFound();
    throw err;
  });
  const t = await getTranslations("calls");
  const open = call.status === "OPEN" && call.deadline >= new Date();
  const mine = isStaff ? undefined : call.intents[0];
  const evidenceOf = (e: unknown) => (e ?? {}) as Record<string, string>;
  const te = await getTranslations("intentEvidence");
  // Evidence files by intent and condition (issue #17 item 8), for the intents this user may see.
  const filesByIntent = await listIntentFiles(call.intents.map((i) => i.id));
  const filesOf = (intentId: string) => filesByIntent.get(intentId) ?? {};
  return (
    <>
      <p>
        <Link href="/calls">← {t("back")}</Link>
      </p>
      <h1>{call.title}</h1>
      <p>
        <span className={`badge ${open ? "blue" : "grey"}`}>{open ? t("open") : t("closed")}</span>{" "}
        {t("industryAndDeadline", { industry: industryName(call.industry), clause: call.industry.clause, deadline: formatDate(call.deadline) })}
      </p>
      {call.description && <p style={{ whiteSpace: "pre-wrap" }}>{call.description}</p>}

      {!isStaff &&
        !mine &&
        (open ? (
          <section className="card" aria-labelledby="intent-h">
            <h2 id="intent-h">{t("intentHeading")}</h2>
            <p className="muted">{t("intentIntro")}</p>
            <IntentForm callId={call.id} />
          </section>
        ) : (
          <p className="alert info">{t("closedNotice")}</p>
        ))}

      {mine && (
        <section className="card" aria-labelledby="mine-h">
          <h2 id="mine-h">{t("labelValue", { label: t("myIntent"), value: t(`intentStatus.${mine.status}`) })}</h2>
          {mine.decisionReason && <p>{t("labelValue", { label: t("reason"), value: mine.decisionReason })}</p>}
          <h3>{te("heading")}</h3>
          <p className="muted small">
            {te("readOnly")} {mine.status === "SUBMITTED" ? te("addUntilDecided", { max: INTENT_FILES_PER_CONDITION }) : te("closed")}
          </p>
          <IntentEvidence
            intentId={mine.id}
            texts={evidenceOf(mine.evidence)}
            files={filesOf(mine.id)}
            canAdd={mine.status === "SUBMITTED"}
            maxPerCondition={INTENT_FILES_PER_CONDITION}
          />
          {mine.status === "QUALIFIED" &&
            (mine.alliances[0] ? (
              <p>
                {t("filingStarted")}
                <Link href={`/alliances/${mine.alliances[0].id}/edit`}>{mine.alliances[0].name}</Link>
              </p>
            ) : (
              <StartFilingForm intentId={mine.id} />
            ))}
        </section>
      )}

      {isStaff && (
        <section className="card" aria-labelledby="intents-h">
          <h2 id="intents-h">{t("intents")}</h2>
          {!canDecide && <p className="muted">{t("readOnly")}</p>}
          {call.intents.map((i) => (
            <article key={i.id} className="card" data-testid={`intent-${i.organization.creditCode}`}>
              <h3>
                {i.organization.name} <span className="badge blue">{t(`intentStatus.${i.status}`)}</span>
              </h3>
              <p className="muted small">
                {t("labelPrefix", { label: t("creditCode") })}
                <code>{i.organization.creditCode}</code>
                {t("submittedLine", { time: formatDateTime(i.createdAt) })}
              </p>
              <details>
                <summary>{t("evidence")}</summary>
                <IntentEvidence
                  intentId={i.id}
                  texts={evidenceOf(i.evidence)}
                  files={filesOf(i.id)}
                  canAdd={false}
                  maxPerCondition={INTENT_FILES_PER_CONDITION}
                />
              </details>
              {i.decisionReason && <p>{t("labelValue", { label: t("reason"), value: i.decisionReason })}</p>}
              {canDecide && i.status === "SUBMITTED" && <IntentDecisionForm intentId={i.id} version={i.version} />}
            </article>
          ))}
        </section>
      )}
    </>
  );
}

export default withPageText("app/(portal)/calls/[id]/page.tsx", CallPage);
