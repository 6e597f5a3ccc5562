import { useEffect } from "react";

/**
 * Printing shows every measure's description and example: closed <details> open for
 * the printout and close again afterwards. (Without JavaScript, the print stylesheet
 * opens them where the browser supports ::details-content.)
 */
export function useOpenDetailsForPrint(selector: string) {
  useEffect(() => {
    const opened: HTMLDetailsElement[] = [];
    const open = () => {
      for (const details of document.querySelectorAll<HTMLDetailsElement>(`${selector} details:not([open])`)) {
        details.open = true;
        opened.push(details);
      }
    };
    const restore = () => {
      for (const details of opened.splice(0)) details.open = false;
    };
    window.addEventListener("beforeprint", open);
    window.addEventListener("afterprint", restore);
    return () => {
      window.removeEventListener("beforeprint", open);
      window.removeEventListener("afterprint", restore);
    };
  }, [selector]);
}
