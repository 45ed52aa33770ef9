import type { ReactNode } from "react";

export type ButtonProps = {
  children: ReactNode;
  variant?: "primary" | "secondary" | "outline" | "danger" | "unstyled";
  type?: "submit" | "button" | "reset";
  name?: string;
  value?: string;
  /** A server action for this button only (formAction). */
  formAction?: (formData: FormData) => void | Promise<void>;
};

const VARIANT_CLASS: Record<NonNullable<ButtonProps["variant"]>, string> = {
  primary: "usa-button",
  secondary: "usa-button usa-button--secondary",
  outline: "usa-button usa-button--outline",
  danger: "usa-button usa-button--secondary",
  unstyled: "usa-button usa-button--unstyled",
};

/** A button; submits by default. Never disabled: forms validate on submit and say what to fix. */
export function Button({ children, variant = "primary", type = "submit", name, value, formAction }: ButtonProps) {
  return (
    <button className={VARIANT_CLASS[variant]} type={type} name={name} value={value} formAction={formAction}>
      {children}
    </button>
  );
}
