import { type InputHTMLAttributes, useId } from "react";
import { useTranslation } from "react-i18next";

/** A labelled input with its translated error, wired for screen readers. */
export function FormField({
  label,
  error,
  hint,
  ...input
}: { label: string; error?: string | undefined; hint?: string } & InputHTMLAttributes<HTMLInputElement>) {
  const id = useId();
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(" ") || undefined;
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint ? (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      ) : null}
      <input id={id} aria-invalid={error ? true : undefined} aria-describedby={describedBy} {...input} />
      <FieldError id={errorId} messageKey={error} />
    </div>
  );
}

/** A field's translated error, under the id its input names in aria-describedby; nothing without one. */
export function FieldError({ id, messageKey }: { id: string; messageKey: string | null | undefined }) {
  const { t } = useTranslation();
  return messageKey ? (
    <p className="field-error" id={id}>
      {t(messageKey)}
    </p>
  ) : null;
}

/** A message for the whole form (wrong password, locked out, saved). */
export function FormMessage({ tone, children }: { tone: "error" | "success"; children: React.ReactNode }) {
  return (
    <div className={`form-message form-message-${tone}`} role={tone === "error" ? "alert" : "status"}>
      {children}
    </div>
  );
}

/** A new password and its confirmation, as every form that sets a password asks for them. */
export function NewPasswordFields({ errors }: { errors: Partial<Record<string, string>> }) {
  const { t } = useTranslation();
  return (
    <>
      <FormField
        label={t("auth.newPassword")}
        hint={t("auth.passwordRule")}
        name="password"
        type="password"
        autoComplete="new-password"
        required
        error={errors.password}
      />
      <FormField
        label={t("auth.confirmPassword")}
        name="confirmation"
        type="password"
        autoComplete="new-password"
        required
        error={errors.confirmation}
      />
    </>
  );
}
