"use client";

import { signOut } from "next-auth/react";

export function LogoutButton({ label }: { label: string }) {
  return (
    <button type="button" className="secondary" onClick={() => void signOut({ callbackUrl: "/login?reason=logout" })}>
      {label}
    </button>
  );
}
