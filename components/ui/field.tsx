import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from "react";

type FieldProps = { label: string; name: string; errors?: string[]; hint?: ReactNode };

function Describe({ id, errors, hint }: { id: string; errors?: string[]; hint?: ReactNode }) {
  return (
    <>
      {hint ? <p className="text-xs text-slate-500">{hint}</p> : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
        {errors?.join(" ")}
      </p>
    </>
  );
}

export function TextField({ label, name, errors, hint, ...input }: FieldProps & InputHTMLAttributes<HTMLInputElement>) {
  const id = `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <input
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error`}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm shadow-sm focus:border-slate-500 focus:outline-none aria-invalid:border-red-600"
        {...input}
      />
      <Describe id={id} errors={errors} hint={hint} />
    </div>
  );
}

export function SelectField({
  label,
  name,
  errors,
  hint,
  children,
  ...select
}: FieldProps & SelectHTMLAttributes<HTMLSelectElement>) {
  const id = `field-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <select
        id={id}
        name={name}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error`}
        className="block w-full rounded-md border border-slate-300 bg-white px-3 py-2 text-sm"
        {...select}
      >
        {children}
      </select>
      <Describe id={id} errors={errors} hint={hint} />
    </div>
  );
}
