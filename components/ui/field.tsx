import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

/** Every control looks the same, and an invalid one of any kind turns red the same way. */
export const controlClass =
  "block w-full rounded-md border border-input bg-card px-3 py-2 text-sm text-foreground shadow-xs focus-visible:border-ring focus-visible:outline-2 focus-visible:outline-ring/40 aria-invalid:border-destructive aria-invalid:outline-destructive/40 disabled:opacity-50";

/** idPrefix keeps ids unique when a page repeats a form (one per checklist item, say). */
type FieldProps = { label: string; name: string; errors?: string[]; hint?: ReactNode; idPrefix?: string };

/** Label, control and the error beside it, tied together with aria-describedby for screen readers. */
function Field({
  label,
  name,
  errors,
  hint,
  idPrefix,
  control,
}: FieldProps & { control: (props: ControlProps) => ReactNode }) {
  const id = `${idPrefix ?? "field"}-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-foreground">
        {label}
      </label>
      {control({ id, name, "aria-invalid": errors?.length ? true : undefined, "aria-describedby": `${id}-error` })}
      {hint ? <p className="text-xs text-muted-foreground">{hint}</p> : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-destructive">
        {errors?.join(" ")}
      </p>
    </div>
  );
}

type ControlProps = { id: string; name: string; "aria-invalid": true | undefined; "aria-describedby": string };

export function TextField({
  label,
  name,
  errors,
  hint,
  idPrefix,
  ...input
}: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  return (
    <Field
      {...{ label, name, errors, hint, idPrefix }}
      control={(props) => <input className={controlClass} {...props} {...input} />}
    />
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  idPrefix,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <Field
      {...{ label, name, errors, hint, idPrefix }}
      control={(props) => (
        <select className={controlClass} {...props} {...select}>
          {children}
        </select>
      )}
    />
  );
}

export function TextAreaField({
  label,
  name,
  errors,
  hint,
  idPrefix,
  ...textarea
}: FieldProps & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  return (
    <Field
      {...{ label, name, errors, hint, idPrefix }}
      control={(props) => <textarea rows={3} className={controlClass} {...props} {...textarea} />}
    />
  );
}
