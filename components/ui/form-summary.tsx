"use client";

/** The form's error summary: what went wrong overall, then each specific reason. */
export function FormSummary({ summary, details = [] }: { summary: string | null; details?: string[] }) {
  if (!summary) return null;
  return (
    <div className="alert error" role="alert">
      {summary}
      {details.length > 0 && (
        <ul>
          {details.map((d) => (
            <li key={d}>{d}</li>
          ))}
        </ul>
      )}
    </div>
  );
}
