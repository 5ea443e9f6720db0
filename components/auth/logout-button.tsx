"use client";

import { signOutTo } from "./sign-out";

export function LogoutButton({ label }: { label: string }) {
  return (
    <button type="button" className="secondary" onClick={() => void signOutTo("/login?reason=logout")}>
      {label}
    </button>
  );
}
