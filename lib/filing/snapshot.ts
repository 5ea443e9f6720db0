import type { DocumentKind } from "../db/generated/enums";
import { ZFilingDraftFields, type TFilingDraftFields } from "../validation/filing";
import { fromJsonColumn } from "../validation/json-column";
import { z } from "../validation/zod";

/** What an application version freezes (七（二）): the form's fields, members, lead unit and attachments. */
export interface ApplicationSnapshot extends TFilingDraftFields {
  kind: "ALLIANCE" | "CONSORTIUM";
  industry: { code: string; name: string };
  leadOrg: { name: string; creditCode: string };
  documents: SnapshotDocument[];
}

export interface SnapshotDocument {
  kind: DocumentKind;
  title: string;
  versionNo: number;
  fileName: string;
  sha256: string;
  byteSize: number;
}

interface SnapshotSource {
  kind: "ALLIANCE" | "CONSORTIUM";
  industry: { code: string; name: string };
  leadOrg: { name: string; creditCode: string };
}

interface AttachedDocument {
  kind: DocumentKind;
  title: string;
  versions: { versionNo: number; fileName: string; sha256: string; byteSize: number }[];
}

export function buildSnapshot(alliance: SnapshotSource, fields: TFilingDraftFields, attached: readonly AttachedDocument[]): ApplicationSnapshot {
  return {
    ...fields,
    // Member units' contact e-mails are personal data kept only on the live membership (to send links), never
    // frozen into a version that reviewers and exports read.
    members: fields.members.map((m) => ({ ...m, contactEmail: "" })),
    kind: alliance.kind,
    industry: { code: alliance.industry.code, name: alliance.industry.name },
    leadOrg: { name: alliance.leadOrg.name, creditCode: alliance.leadOrg.creditCode },
    documents: attached.flatMap((d) => {
      const v = d.versions[0];
      return v ? [{ kind: d.kind, title: d.title, versionNo: v.versionNo, fileName: v.fileName, sha256: v.sha256, byteSize: v.byteSize }] : [];
    }),
  };
}

/**
 * The stored form of a snapshot (ApplicationVersion.snapshot): the draft's own schema, so a field added to the
 * form is frozen with it, plus what submission adds.
 */
export const ZApplicationSnapshot = ZFilingDraftFields.extend({
  kind: z.enum(["ALLIANCE", "CONSORTIUM"]),
  industry: z.object({ code: z.string(), name: z.string() }),
  leadOrg: z.object({ name: z.string(), creditCode: z.string() }),
  documents: z.array(
    z.object({
      kind: z.enum(["CHARTER", "AGREEMENT", "CONSTRUCTION_PLAN", "INTENT_EVIDENCE", "ANNUAL_EVIDENCE", "OTHER"]),
      title: z.string(),
      versionNo: z.number().int(),
      fileName: z.string(),
      sha256: z.string(),
      byteSize: z.number().int(),
    }),
  ),
}) satisfies z.ZodType<ApplicationSnapshot>;

/** A stored snapshot read through its schema; versions seeded before snapshots existed hold only a name (null). */
export function readSnapshot(value: unknown): ApplicationSnapshot | null {
  return fromJsonColumn(ZApplicationSnapshot, value);
}
