import type { ReactNode } from "react";

/**
 * A wide table that scrolls sideways on narrow screens. The scroll area can take the
 * keyboard focus (WCAG 2.1.1) and is named after the table it holds.
 */
export function ProfileTableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
    <section className="profile-table-scroll" aria-label={label} tabIndex={0}>
      {children}
    </section>
  );
}
