import { useTranslations } from "next-intl";

// One select of a GET filter form (review queue, report list, dashboard): "全部" first, then the choices.
// A value that is not among the choices shows as "全部", so a stale or forged query string never pre-selects nothing.
export function FilterSelect(props: {
  name: string;
  label: string;
  value: string | undefined;
  choices: readonly { value: string; label: string }[];
  id?: string;
  error?: string[];
}) {
  const t = useTranslations("ui");
  const id = props.id ?? props.name;
  const current = props.value ?? "";
  const known = current === "" || props.choices.some((c) => c.value === current);
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        name={props.name}
        defaultValue={known ? current : ""}
        aria-invalid={props.error ? true : undefined}
        aria-describedby={props.error ? `${id}-err` : undefined}
      >
        <option value="">{t("all")}</option>
        {props.choices.map((c) => (
          <option key={c.value} value={c.value}>
            {c.label}
          </option>
        ))}
      </select>
      {props.error && (
        <div className="error" id={`${id}-err`}>
          {props.error.join(t("fieldErrorSeparator"))}
        </div>
      )}
    </div>
  );
}
