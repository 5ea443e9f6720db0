import type { SortDir } from "@/lib/paging/list-params";

// Pieces of a list's GET filter form. Submitting it starts again at page 1 (no page field) and keeps the
// chosen order (hidden sort/dir), so filtering never silently resets how the table is sorted.
export function SearchField({ label, value, name = "q", id = "q" }: { label: string; value: string | undefined; name?: string; id?: string }) {
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <input id={id} name={name} type="search" maxLength={60} defaultValue={value ?? ""} />
    </div>
  );
}

export function SortFields({ list }: { list: { query: Record<string, string>; sort: string; dir: SortDir } }) {
  if (!list.query.sort) return null;
  return (
    <>
      <input type="hidden" name="sort" value={list.sort} />
      <input type="hidden" name="dir" value={list.dir} />
    </>
  );
}
