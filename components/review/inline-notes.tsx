"use client";

import { useTranslations } from "next-intl";
import { createContext, useContext, type ReactNode } from "react";

export interface InlineNote {
  id: string;
  text: string;
  authorName: string;
}

// Reviewers' comments by field path ("innovationGoal", "member:<credit code>"), shown where the filer edits.
const NotesContext = createContext<Record<string, InlineNote[]>>({});

export function NotesProvider({ notes, children }: { notes: Record<string, InlineNote[]>; children: ReactNode }) {
  return <NotesContext.Provider value={notes}>{children}</NotesContext.Provider>;
}

/** The id of a field's notes, for its input's aria-describedby; undefined when the field has none. */
export function noteIdFor(path: string): string {
  return `notes-${path.replace(/[^A-Za-z0-9_-]/g, "_")}`;
}

export function useNoteId(path: string): string | undefined {
  return useContext(NotesContext)[path]?.length ? noteIdFor(path) : undefined;
}

/** All fields at once: path → notes id (or undefined). */
export function useNoteIds(): (path: string) => string | undefined {
  const notes = useContext(NotesContext);
  return (path) => (notes[path]?.length ? noteIdFor(path) : undefined);
}

export function InlineNotes({ path }: { path: string }) {
  const notes = useContext(NotesContext)[path];
  const t = useTranslations("review.notes");
  if (!notes?.length) return null;
  return (
    <div className="field-notes" id={noteIdFor(path)} data-testid={`notes-${path}`}>
      {notes.map((n) => (
        <div key={n.id} className="note" role="note">
          <strong>{t("note")}</strong>
          {t("meta", { author: n.authorName, internal: "no" })}
          {n.text}
        </div>
      ))}
    </div>
  );
}
