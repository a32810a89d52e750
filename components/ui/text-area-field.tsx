import type { TextareaHTMLAttributes } from "react";

export function TextAreaField({
  label,
  name,
  errors,
  idPrefix,
  ...textarea
}: {
  label: string;
  name: string;
  errors?: string[];
  idPrefix?: string;
} & TextareaHTMLAttributes<HTMLTextAreaElement>) {
  const id = `${idPrefix ?? "field"}-${name}`;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-slate-700">
        {label}
      </label>
      <textarea
        id={id}
        name={name}
        rows={3}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error`}
        className="block w-full rounded-md border border-slate-300 px-3 py-2 text-sm"
        {...textarea}
      />
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-red-700">
        {errors?.join(" ")}
      </p>
    </div>
  );
}
