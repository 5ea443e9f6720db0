"use client";

import Link from "@/components/ui/link";
import { usePathname } from "next/navigation";

export function NavLinks({ items }: { items: { href: string; label: string }[] }) {
  const path = usePathname();
  const current = (href: string) => (href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`));
  return (
    <ul>
      {items.map((i) => (
        <li key={i.href}>
          <Link href={i.href} aria-current={current(i.href) ? "page" : undefined}>
            {i.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}
