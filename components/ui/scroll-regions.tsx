"use client";

import { usePathname } from "next/navigation";
import { useTranslations } from "next-intl";
import { useEffect } from "react";

/**
 * A table wider than its box scrolls inside `.table-wrap`; keyboard users can only scroll what they can
 * focus (WCAG 2.1.1, axe scrollable-region-focusable). Every wrapper that really overflows becomes a
 * focusable, named region ("…（可左右滚动）"); one that fits is left alone, so Tab order stays short.
 * One place for all 30-odd tables instead of a prop each page could forget.
 */
export function ScrollRegions() {
  const path = usePathname();
  const t = useTranslations("ui");
  useEffect(() => {
    const mark = () => {
      for (const el of document.querySelectorAll<HTMLElement>(".table-wrap")) {
        const scrolls = el.scrollWidth > el.clientWidth + 1;
        if (scrolls && el.tabIndex < 0) {
          const table = el.querySelector("table");
          const name = table?.querySelector("caption")?.textContent ?? table?.getAttribute("aria-label") ?? headingBefore(el) ?? t("table");
          el.tabIndex = 0;
          el.setAttribute("role", "region");
          el.setAttribute("aria-label", t("scrollable", { name: name.trim() }));
        } else if (!scrolls && el.getAttribute("role") === "region") {
          el.removeAttribute("tabindex");
          el.removeAttribute("role");
          el.removeAttribute("aria-label");
        }
      }
    };
    mark();
    const observer = new ResizeObserver(mark);
    observer.observe(document.body);
    return () => observer.disconnect();
  }, [path, t]);
  return null;
}

function headingBefore(el: HTMLElement): string | null {
  for (let n: Element | null = el; n && n !== document.body; n = n.parentElement) {
    for (let s = n.previousElementSibling; s; s = s.previousElementSibling) {
      if (/^H[1-6]$/.test(s.tagName)) return s.textContent;
    }
  }
  return null;
}
