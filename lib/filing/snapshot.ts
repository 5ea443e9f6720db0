import type { DocumentKind } from "../db/generated/enums";
import type { TFilingDraftFields } from "../validation/filing";

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
    kind: alliance.kind,
    industry: { code: alliance.industry.code, name: alliance.industry.name },
    leadOrg: { name: alliance.leadOrg.name, creditCode: alliance.leadOrg.creditCode },
    documents: attached.flatMap((d) => {
      const v = d.versions[0];
      return v ? [{ kind: d.kind, title: d.title, versionNo: v.versionNo, fileName: v.fileName, sha256: v.sha256, byteSize: v.byteSize }] : [];
    }),
  };
}

/** Versions seeded before snapshots existed hold only a name; treat anything without members that way. */
export function isFullSnapshot(value: unknown): value is ApplicationSnapshot {
  return typeof value === "object" && value !== null && Array.isArray((value as { members?: unknown }).members);
}
