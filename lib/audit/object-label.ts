// What an audit event concerns, named for a person in the reader's language: "联盟：吉林省氢能产业科技创新联盟",
// "用户：filer（张*明）", never "Alliance 68e80d69". Pure; the names come from the page's NameBook (lib/audit/names.ts).
import type { AuditRow, NameBook } from "./sentences";
import { redactPersonalData } from "../privacy/redact";
import { text } from "../i18n/text";

const NOUNS = [
  "Alliance",
  "User",
  "System",
  "Meeting",
  "Filing",
  "Setting",
  "Call",
  "LeadIntent",
  "Document",
  "AssessmentScheme",
  "AnnualReport",
  "Assessment",
  "Revocation",
  "MembershipChange",
  "Membership",
  "CouncilTerm",
  "DissolutionVote",
  "Activity",
  "RecommendedProject",
  "Dashboard",
  "AuditLog",
] as const;
/** The kind of object in the reader's language (audit.objects.nouns), or the stored type itself. */
const nounOf = (type: string) => ((NOUNS as readonly string[]).includes(type) ? text(`audit.objects.nouns.${type as (typeof NOUNS)[number]}`) : type);
const setting = (id: string) =>
  id === "workflow" ? text("audit.objects.settingsWorkflow") : id === "security" ? text("audit.objects.settingsSecurity") : undefined;
const named = (noun: string, name: string) => text("audit.objects.named", { noun, name });

export function objectLabel(e: AuditRow, book: NameBook): string {
  const s = (e.summary && typeof e.summary === "object" ? e.summary : {}) as Record<string, unknown>;
  const noun = nounOf(e.entityType);
  const id = e.entityId ?? "";
  const gone = text("audit.objects.gone");
  const allianceName = typeof s.allianceId === "string" ? (book.alliances.get(s.allianceId) ?? gone) : undefined;
  const year = typeof s.year === "number" ? s.year : undefined;
  switch (e.entityType) {
    case "Alliance":
      return named(noun, book.alliances.get(id) ?? gone);
    case "User":
      return named(
        noun,
        id
          ? (book.users.get(id) ?? gone)
          : typeof s.username === "string"
            ? text("audit.objects.noAccount", { name: redactPersonalData(s.username).slice(0, 40) })
            : gone,
      );
    case "System":
    case "AuditLog":
      return noun;
    case "Filing":
      return named(noun, book.filings.get(id) ?? gone);
    case "Setting":
      return setting(id) ?? noun;
    case "Meeting":
      return typeof s.sessionNo === "string" ? named(noun, s.sessionNo) : noun;
    case "AssessmentScheme":
      return book.schemes.get(id) ?? (year !== undefined ? text("audit.objects.schemeOfYear", { year: String(year) }) : named(noun, gone));
    case "Call":
      return typeof s.title === "string" ? named(noun, s.title) : noun;
    case "LeadIntent":
      return typeof s.organization === "string" ? named(noun, s.organization) : noun;
    case "Dashboard":
      return named(noun, id);
    default:
      return allianceName
        ? year !== undefined && (e.entityType === "AnnualReport" || e.entityType === "Assessment")
          ? text("audit.objects.namedYear", { noun, name: allianceName, year: String(year) })
          : named(noun, allianceName)
        : noun;
  }
}
