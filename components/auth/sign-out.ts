"use client";

import { signOut } from "next-auth/react";

/**
 * Signs out, then goes to a path of this portal. next-auth's own redirect is built from NEXTAUTH_URL
 * (http://localhost:<port> by default), which behind a proxy sends the user off the portal; a relative
 * path is resolved by the browser against the address it is really using.
 */
export async function signOutTo(path: `/${string}`): Promise<void> {
  await signOut({ redirect: false });
  window.location.assign(path);
}
