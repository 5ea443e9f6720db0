"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { checkCreditCode, formatCreditCodeProblem, normalizeCreditCode } from "@/lib/rules/credit-code";
import { ORG_TYPES } from "@/lib/filing/codes";
import type { TMemberInput } from "@/lib/validation/filing";
import { lookupOrgAction } from "@/app/(portal)/alliances/actions";

type Found = { known: true; name: string; type: TMemberInput["type"] } | { known: false };

/** Members are added by credit code: a known organisation is reused as registered. */
export function AddMember({ existingCodes, onAdd }: { existingCodes: string[]; onAdd: (m: TMemberInput) => void }) {
  const t = useTranslations("filing");
  const to = useTranslations("orgTypes");
  const te = useTranslations("errors");
  const [code, setCode] = useState("");
  const [found, setFound] = useState<Found | null>(null);
  const [name, setName] = useState("");
  const [type, setType] = useState<TMemberInput["type"]>("ENTERPRISE");
  const [error, setError] = useState<string | null>(null);

  async function lookup() {
    setFound(null);
    const normalized = normalizeCreditCode(code);
    const check = checkCreditCode(normalized);
    if (!check.ok) return setError(formatCreditCodeProblem(check));
    if (existingCodes.includes(normalized)) return setError(t("duplicate"));
    setError(null);
    const r = await lookupOrgAction({ creditCode: normalized });
    if (!r.ok) return setError(r.fieldErrors?.creditCode?.[0] ?? te(r.code));
    setCode(normalized);
    setFound(r.data.known ? { known: true, name: r.data.name, type: r.data.type } : { known: false });
  }

  function add() {
    if (!found) return;
    const memberName = found.known ? found.name : name.trim();
    if (memberName.length < 2) return setError(t("orgNameRequired"));
    onAdd({
      creditCode: code,
      name: memberName,
      type: found.known ? found.type : type,
      role: "MEMBER",
      chainPosition: null,
      outputValue2022: null,
      profitTax2022: null,
      resources: "",
      nationalTop10: false,
      provincialTop10: false,
      disciplineStrengths: "",
      disciplineLeader: "",
    });
    setCode("");
    setFound(null);
    setName("");
    setError(null);
  }

  return (
    <div className="card add-member" role="group" aria-labelledby="add-h">
      <h3 id="add-h">{t("addMember")}</h3>
      <div className="filters">
        <div className="field">
          <label htmlFor="new-code">{t("creditCode")}</label>
          <input
            id="new-code"
            type="text"
            value={code}
            maxLength={24}
            aria-invalid={error ? true : undefined}
            aria-describedby={error ? "new-code-err" : undefined}
            onChange={(e) => {
              setCode(e.target.value);
              setFound(null);
            }}
            onKeyDown={(e) => {
              if (e.key === "Enter") {
                e.preventDefault();
                void lookup();
              }
            }}
          />
        </div>
        <button type="button" className="secondary" onClick={() => void lookup()}>
          {t("lookup")}
        </button>
      </div>
      {error && (
        <div className="error" id="new-code-err" role="alert">
          {error}
        </div>
      )}
      {found?.known && <p className="alert info">{t("known", { name: found.name, type: to(found.type) })}</p>}
      {found && !found.known && (
        <>
          <p className="muted">{t("unknown")}</p>
          <div className="filters">
            <div className="field">
              <label htmlFor="new-name">{t("orgName")}</label>
              <input id="new-name" type="text" value={name} onChange={(e) => setName(e.target.value)} />
            </div>
            <div className="field">
              <label htmlFor="new-type">{t("orgType")}</label>
              <select id="new-type" value={type} onChange={(e) => setType(e.target.value as TMemberInput["type"])}>
                {ORG_TYPES.map((o) => (
                  <option key={o} value={o}>
                    {to(o)}
                  </option>
                ))}
              </select>
            </div>
          </div>
        </>
      )}
      {found && (
        <button type="button" onClick={add}>
          {t("add")}
        </button>
      )}
    </div>
  );
}
