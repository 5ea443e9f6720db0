import {
  DOCUMENT_STATUS_LABELS,
  EMPTY_VALUE,
  NO_CHANGES,
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
  return value === EMPTY_VALUE ? <span className="muted">{value}</span> : <del className="diff-del">{value}</del>;
}
function New({ value }: { value: string }) {
  return value === EMPTY_VALUE ? <span className="muted">{value}</span> : <ins className="diff-ins">{value}</ins>;
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
  if (fields.length === 0) return <p className="muted">字段：无变化</p>;
  return (
    <table className="diff-table">
      <caption>字段</caption>
      <Head first="项目" {...labels} />
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
          {c.label}：{side === "before" ? <Old value={c[side]} /> : <New value={c[side]} />}
        </li>
      ))}
    </ul>
  );
}

function Members({ members, ...labels }: { members: SnapshotDiff["members"]; beforeLabel: string; afterLabel: string }) {
  const { added, removed, changed } = members;
  if (added.length + removed.length + changed.length === 0) return <p className="muted">成员单位：无变化</p>;
  const summary = (m: MemberLine) => `${m.typeLabel}，${m.roleLabel}`;
  return (
    <table className="diff-table">
      <caption>成员单位</caption>
      <Head first="成员单位" second="变化" {...labels} />
      <tbody>
        {added.map((m) => (
          <tr key={`+${m.creditCode}`} data-testid={`diff-member-${m.creditCode}`}>
            <Unit m={m} />
            <td>新增成员</td>
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
            <td>移除成员</td>
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
            <td>修改 {m.changes.length} 项</td>
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
        第 {d.versionNo} 版 · SHA-256 <code>{d.sha256.slice(0, 12)}…</code>
      </div>
    </>
  );
}

function Documents({ documents, ...labels }: { documents: SnapshotDiff["documents"]; beforeLabel: string; afterLabel: string }) {
  if (documents.length === 0) return <p className="muted">附件：无变化</p>;
  return (
    <table className="diff-table">
      <caption>附件</caption>
      <Head first="附件" second="变化" {...labels} />
      <tbody>
        {documents.map((d, i) => (
          <tr key={`${d.kind}-${i}`}>
            <th scope="row">{d.label}</th>
            <td>{DOCUMENT_STATUS_LABELS[d.status]}</td>
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
        <p className="alert info">{NO_CHANGES}</p>
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
