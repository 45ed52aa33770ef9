"use client";
// The templates in one folder: subfolders first, then templates. Members who can edit templates get
// a checkbox per row and "Move to folder"; the form posts to a server action and works without JS.
import Link from "next/link";
import { useActionState } from "react";
import { FormErrorSummary } from "@/components/uswds/form-error-summary";
import { FieldError } from "@/components/uswds/field-parts";
import { Select } from "@/components/uswds/select";
import { fieldError, initialFormState, type FormState } from "@/lib/forms/form-state";

export type BrowserFolder = { id: string; name: string; templateCount: number; href: string };
export type BrowserTemplate = { id: string; name: string; typeLabel: string; href: string };

function Row({ kind, id, children, selectable }: { kind: "folder" | "template"; id: string; children: React.ReactNode; selectable: boolean }) {
  if (!selectable) return <li className="margin-bottom-1">{children}</li>;
  const inputId = `${kind}-${id}`;
  return (
    <li className="usa-checkbox margin-bottom-1 bg-transparent">
      <input className="usa-checkbox__input" id={inputId} type="checkbox" name={kind === "folder" ? "folderIds" : "templateIds"} value={id} />
      <label className="usa-checkbox__label margin-top-0" htmlFor={inputId}>
        <span className="usa-sr-only">Select </span>
        {children}
      </label>
    </li>
  );
}

export function TemplateBrowser({
  folders,
  templates,
  canEdit,
  moveTargets,
  moveAction,
}: {
  folders: BrowserFolder[];
  templates: BrowserTemplate[];
  canEdit: boolean;
  moveTargets: { id: string; label: string }[];
  moveAction: (state: FormState, formData: FormData) => Promise<FormState>;
}) {
  const [state, formAction] = useActionState(moveAction, initialFormState);
  const list = (
    <ul className="usa-list usa-list--unstyled" aria-label="Folders and templates">
      {folders.map((f) => (
        <Row key={f.id} kind="folder" id={f.id} selectable={canEdit}>
          <Link className="usa-link text-bold" href={f.href}>
            {f.name}
          </Link>{" "}
          <span className="usa-hint">
            (folder, {f.templateCount} {f.templateCount === 1 ? "template" : "templates"})
          </span>
        </Row>
      ))}
      {templates.map((t) => (
        <Row key={t.id} kind="template" id={t.id} selectable={canEdit}>
          <Link className="usa-link" href={t.href}>
            {t.name}
          </Link>{" "}
          <span className="usa-hint">{t.typeLabel}</span>
        </Row>
      ))}
    </ul>
  );
  if (!canEdit || folders.length + templates.length === 0) return list;
  return (
    <>
      <FormErrorSummary state={state} fieldOrder={["templates", "moveTo"]} />
      <form action={formAction} noValidate>
        <fieldset className="usa-fieldset" id="templates" tabIndex={-1} aria-describedby={fieldError(state, "templates") ? "templates-error" : undefined}>
          <legend className="usa-sr-only">Choose templates or folders to move</legend>
          <FieldError id="templates" error={fieldError(state, "templates")} />
          {list}
        </fieldset>
        <Select id="moveTo" label="Move selected to" required error={fieldError(state, "moveTo")} placeholderOption="- Select a folder -" options={[{ value: "top", label: "Templates (top level)" }, ...moveTargets.map((t) => ({ value: t.id, label: t.label }))]} />
        <button className="usa-button usa-button--outline margin-top-2" type="submit">
          Move
        </button>
      </form>
    </>
  );
}
