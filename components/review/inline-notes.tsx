"use client";

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

export function InlineNotes({ path }: { path: string }) {
  const notes = useContext(NotesContext)[path];
  if (!notes?.length) return null;
  return (
    <div className="field-notes" data-testid={`notes-${path}`}>
      {notes.map((n) => (
        <div key={n.id} className="note" role="note">
          <strong>审核批注</strong>（{n.authorName}）：{n.text}
        </div>
      ))}
    </div>
  );
}
