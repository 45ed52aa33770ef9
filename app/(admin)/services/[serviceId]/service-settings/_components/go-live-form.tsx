"use client";
// The go-live checklist and its submit button. The checklist comes from the server; each item says
// in words whether it is done. A refused submission lists what is missing, each linking to its item.
import Link from "next/link";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import { initialFormState } from "@/lib/forms/form-state";
import type { FormAction } from "./types";

export type GoLiveChecklistItem = { id: string; label: string; isDone: boolean; href: string };

export function GoLiveForm({ action, checklist }: { action: FormAction; checklist: GoLiveChecklistItem[] }) {
  const [state, formAction] = useActionState(action, initialFormState);
  const ids = checklist.map((item) => item.id);
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={ids} />
      <ul className="usa-icon-list margin-bottom-3" aria-label="Before you go live">
        {checklist.map((item) => (
          <li key={item.id} id={item.id} tabIndex={-1} className="usa-icon-list__item padding-y-1 border-bottom-1px border-base-lighter">
            <div className="usa-icon-list__content">
              <span className={`usa-tag margin-right-1 ${item.isDone ? "bg-green" : "bg-base-dark"}`}>{item.isDone ? "Done" : "Not done"}</span>
              {item.isDone ? (
                item.label
              ) : (
                <Link className="usa-link" href={item.href}>
                  {item.label}
                </Link>
              )}
            </div>
          </li>
        ))}
      </ul>
      <form action={formAction}>
        <button className="usa-button" type="submit">
          Request to go live
        </button>
      </form>
    </>
  );
}
