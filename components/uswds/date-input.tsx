// A memorable date (month, day, year) in USWDS's form (usa-memorable-date.twig): a fieldset whose
// legend is the question, a month select and numeric day and year inputs. The month select's id is
// the group id, so an error summary link to "#{id}" lands on the first control; the day and year
// are "{id}-day" and "{id}-year". Posted names are "{name}-month", "{name}-day" and "{name}-year".
import { classNames } from "./field-a11y";
import { Fieldset } from "./fieldset";

export type DatePart = "month" | "day" | "year";

export type DateInputProps = {
  id: string;
  /** Base of the posted names; defaults to the id. */
  name?: string;
  label: string;
  /** E.g. "For example: January 19 2000". */
  hint?: string;
  error?: string;
  /** Which parts the error is about (highlighted); all of them when left out. */
  errorParts?: readonly DatePart[];
  required?: boolean;
  /** Month as "1"–"12" (a leading zero is fine), day and year as typed. */
  defaultValue?: { month?: string; day?: string; year?: string };
  /** "bday" for a date of birth: the parts get bday-month, bday-day and bday-year. */
  autoComplete?: "bday";
};

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

function normaliseMonth(month: string | undefined): string {
  if (!month) return "";
  const number = Number(month);
  return Number.isInteger(number) && number >= 1 && number <= 12 ? String(number) : "";
}

export function DateInput({ id, name, label, hint, error, errorParts, required, defaultValue = {}, autoComplete }: DateInputProps) {
  const base = name ?? id;
  const partHasError = (part: DatePart) => Boolean(error) && (errorParts === undefined || errorParts.includes(part));
  const inputClass = (part: DatePart) => classNames(part === "month" ? "usa-select" : "usa-input", partHasError(part) && "usa-input--error");
  return (
    <Fieldset id={id} legend={label} hint={hint} error={error} required={Boolean(required)}>
      <div className="usa-memorable-date">
        <div className="usa-form-group usa-form-group--month usa-form-group--select">
          <label className="usa-label" htmlFor={id}>
            Month
          </label>
          <select
            className={inputClass("month")}
            id={id}
            name={`${base}-month`}
            defaultValue={normaliseMonth(defaultValue.month)}
            autoComplete={autoComplete ? `${autoComplete}-month` : undefined}
            required={required}
            aria-invalid={partHasError("month") || undefined}
          >
            <option value="">- Select -</option>
            {MONTHS.map((month, index) => (
              <option key={month} value={String(index + 1)}>
                {month}
              </option>
            ))}
          </select>
        </div>
        <div className="usa-form-group usa-form-group--day">
          <label className="usa-label" htmlFor={`${id}-day`}>
            Day
          </label>
          <input
            className={inputClass("day")}
            id={`${id}-day`}
            name={`${base}-day`}
            inputMode="numeric"
            maxLength={2}
            defaultValue={defaultValue.day}
            autoComplete={autoComplete ? `${autoComplete}-day` : undefined}
            required={required}
            aria-invalid={partHasError("day") || undefined}
          />
        </div>
        <div className="usa-form-group usa-form-group--year">
          <label className="usa-label" htmlFor={`${id}-year`}>
            Year
          </label>
          <input
            className={inputClass("year")}
            id={`${id}-year`}
            name={`${base}-year`}
            inputMode="numeric"
            maxLength={4}
            defaultValue={defaultValue.year}
            autoComplete={autoComplete ? `${autoComplete}-year` : undefined}
            required={required}
            aria-invalid={partHasError("year") || undefined}
          />
        </div>
      </div>
    </Fieldset>
  );
}
