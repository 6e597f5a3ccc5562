import type { ReactNode } from "react";

/** A research table scrolls sideways within its own box, so that a wide one never widens the page. */
export function ResearchTable({ caption, children }: { caption: string; children: ReactNode }) {
  return (
    <div className="research-table-scroll">
      <table className="table research-table">
        <caption>{caption}</caption>
        {children}
      </table>
    </div>
  );
}
