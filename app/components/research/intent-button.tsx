import { Form } from "@remix-run/react";
import type { ReactNode } from "react";

/**
 * A POST form of one button: the action reads the intent and the id of what the button
 * acts on from hidden fields. `label` names the button for screen readers, since its
 * visible text ("Revoke") repeats on every row.
 */
export function IntentButton({
  intent,
  name,
  value,
  label,
  className,
  children,
}: {
  intent: string;
  name: string;
  value: string;
  label: string;
  className?: string;
  children: ReactNode;
}) {
  return (
    <Form method="post" className={className}>
      <input type="hidden" name="intent" value={intent} />
      <input type="hidden" name={name} value={value} />
      <button type="submit" className="link-button" aria-label={label}>
        {children}
      </button>
    </Form>
  );
}
