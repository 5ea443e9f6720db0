// text(), not useTranslations: the diff is also rendered outside a page (tests, print) without next-intl's provider.
import { text } from "@/lib/i18n/text";
import {
  documentStatusLabel,
  emptyValue,
  noChanges,
  isEmpty,
  type DocumentRef,
  type MemberChange,
  type MemberLine,
  type SnapshotDiff,
  type ValueChange,
} from "@/lib/review/diff";

interface Props {
  diff: SnapshotDiff;
  beforeLabel: string;
  afterLabel: string;
}

// <del>/<ins> carry the meaning for screen readers and in black-and-white print; colour only adds to it.
function Old({ value }: { value: string }) {
  return value === emptyValue() ? <span className="muted">{value}</span> : <del className="diff-del">{value}</del>;
}
function New({ value }: { value: string }) {
  return value === emptyValue() ? <span className="muted">{value}</span> : <ins className="diff-ins">{value}</ins>;
}
const Nothing = () => <span className="muted">—</span>;

function Head({ first, second, beforeLabel, afterLabel }: { first: string; second?: string; beforeLabel: string; afterLabel: string }) {
  return (
    <thead>
      <tr>
        <th scope="col">{first}</th>
        {second && <th scope="col">{second}</th>}
        <th scope="col">{beforeLabel}</th>
        <th scope="col">{afterLabel}</th>
      </tr>
    </thead>
  );
}

function Fields({ fields, ...labels }: { fields: ValueChange[]; beforeLabel: string; afterLabel: string }) {
  if (fields.length === 0) return <p className="muted">{text("review.diff.fieldsUnchanged")}</p>;
  return (
    <table className="diff-table">
      <caption>{text("review.diff.fields")}</caption>
      <Head first={text("review.diff.item")} {...labels} />
      <tbody>
        {fields.map((c) => (
          <tr key={c.key} data-testid={`diff-field-${c.key}`}>
            <th scope="row">{c.label}</th>
            <td className="diff-text">
              <Old value={c.before} />
            </td>
            <td className="diff-text">
              <New value={c.after} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Unit({ m }: { m: { name: string; creditCode: string } }) {
  return (
    <th scope="row">
      {m.name}
      <div className="muted small">
        <code>{m.creditCode}</code>
      </div>
    </th>
  );
}

// One row per unit (its test id must be unique); a changed unit lists each changed item in both columns.
function Changes({ m, side }: { m: MemberChange; side: "before" | "after" }) {
  return (
    <ul className="diff-list">
      {m.changes.map((c) => (
        <li key={c.key}>
          {text("review.diff.labelled", { label: c.label })}
          {side === "before" ? <Old value={c[side]} /> : <New value={c[side]} />}
        </li>
      ))}
    </ul>
  );
}

function Members({ members, ...labels }: { members: SnapshotDiff["members"]; beforeLabel: string; afterLabel: string }) {
  const { added, removed, changed } = members;
  if (added.length + removed.length + changed.length === 0) return <p className="muted">{text("review.diff.membersUnchanged")}</p>;
  const summary = (m: MemberLine) => text("review.diff.memberSummary", { type: m.typeLabel, role: m.roleLabel });
  return (
    <table className="diff-table">
      <caption>{text("review.diff.members")}</caption>
      <Head first={text("review.diff.members")} second={text("review.diff.changeColumn")} {...labels} />
      <tbody>
        {added.map((m) => (
          <tr key={`+${m.creditCode}`} data-testid={`diff-member-${m.creditCode}`}>
            <Unit m={m} />
            <td>{text("review.diff.added")}</td>
            <td>
              <Nothing />
            </td>
            <td>
              <New value={summary(m)} />
            </td>
          </tr>
        ))}
        {removed.map((m) => (
          <tr key={`-${m.creditCode}`} data-testid={`diff-member-${m.creditCode}`}>
            <Unit m={m} />
            <td>{text("review.diff.removed")}</td>
            <td>
              <Old value={summary(m)} />
            </td>
            <td>
              <Nothing />
            </td>
          </tr>
        ))}
        {changed.map((m) => (
          <tr key={`~${m.creditCode}`} data-testid={`diff-member-${m.creditCode}`}>
            <Unit m={m} />
            <td>{text("review.diff.changedItems", { count: m.changes.length })}</td>
            <td className="diff-text">
              <Changes m={m} side="before" />
            </td>
            <td className="diff-text">
              <Changes m={m} side="after" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DocumentCell({ d, side }: { d?: DocumentRef; side: "before" | "after" }) {
  if (!d) return <Nothing />;
  return (
    <>
      {side === "before" ? <Old value={d.fileName} /> : <New value={d.fileName} />}
      <div className="muted small">
        {text("review.diff.versionHash", { version: d.versionNo })}
        <code>{d.sha256.slice(0, 12)}…</code>
      </div>
    </>
  );
}

function Documents({ documents, ...labels }: { documents: SnapshotDiff["documents"]; beforeLabel: string; afterLabel: string }) {
  if (documents.length === 0) return <p className="muted">{text("review.diff.documentsUnchanged")}</p>;
  return (
    <table className="diff-table">
      <caption>{text("review.diff.documents")}</caption>
      <Head first={text("review.diff.documents")} second={text("review.diff.changeColumn")} {...labels} />
      <tbody>
        {documents.map((d, i) => (
          <tr key={`${d.kind}-${i}`}>
            <th scope="row">{d.label}</th>
            <td>{documentStatusLabel(d.status)}</td>
            <td>
              <DocumentCell d={d.before} side="before" />
            </td>
            <td>
              <DocumentCell d={d.after} side="after" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** The reviewer's side-by-side view of a resubmission; the page supplies the heading and version labels. */
export function VersionDiff({ diff, beforeLabel, afterLabel }: Props) {
  const labels = { beforeLabel, afterLabel };
  return (
    <div className="version-diff" data-testid="version-diff">
      {isEmpty(diff) ? (
        <p className="alert info">{noChanges()}</p>
      ) : (
        <>
          <Fields fields={diff.fields} {...labels} />
          <Members members={diff.members} {...labels} />
          <Documents documents={diff.documents} {...labels} />
        </>
      )}
    </div>
  );
}
