import type { ReactNode } from "react";

export type ButtonProps = {
  children: ReactNode;
  variant?: "primary" | "secondary" | "outline" | "danger" | "unstyled";
  /** Defaults to "submit": most buttons submit a server-rendered form. */
  type?: "submit" | "button" | "reset";
  name?: string;
  value?: string;
  id?: string;
  /** The id of the form this button submits, when it sits outside it. */
  form?: string;
  /** A server action for this button only (formAction). */
  formAction?: (formData: FormData) => void | Promise<void>;
};

// USWDS has no separate danger style: its secondary button is the red one (Notify.gov uses it for
// destructive actions), so "danger" and "secondary" look alike and say different things in code.
const VARIANT_CLASS: Record<NonNullable<ButtonProps["variant"]>, string> = {
  primary: "usa-button",
  secondary: "usa-button usa-button--secondary",
  outline: "usa-button usa-button--outline",
  danger: "usa-button usa-button--secondary",
  unstyled: "usa-button usa-button--unstyled",
};

/** A button; submits by default. Never disabled: forms validate on submit and say what to fix. */
export function Button({ children, variant = "primary", type = "submit", name, value, id, form, formAction }: ButtonProps) {
  return (
    <button className={VARIANT_CLASS[variant]} type={type} name={name} value={value} id={id} form={form} formAction={formAction}>
      {children}
    </button>
  );
}
