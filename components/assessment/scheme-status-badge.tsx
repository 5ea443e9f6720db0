import type { SchemeStatus } from "@/lib/db/generated/enums";

// DRAFT: being prepared; PUBLISHED: open for reports; FROZEN: results published and closed (八（四）).
const LABEL: Record<SchemeStatus, string> = { DRAFT: "草稿", PUBLISHED: "填报中", FROZEN: "结果已公布" };
const COLOR: Record<SchemeStatus, string> = { DRAFT: "grey", PUBLISHED: "blue", FROZEN: "green" };

export function SchemeStatusBadge({ status }: { status: SchemeStatus }) {
  return <span className={`badge ${COLOR[status]}`}>{LABEL[status]}</span>;
}
