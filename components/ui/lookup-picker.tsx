"use client";

import { useEffect, useId, useRef, useState } from "react";
import { controlClass } from "@/components/ui/field";

/** One choice a lookup route offers: its id, its name, and a line that tells it apart. */
export type LookupOption = { id: string; name: string; detail: string };

/** What a form gives any picker: the field's name, label, id prefix and errors. */
export type PickerField = { name: string; label: string; idPrefix: string; errors?: string[] };

/**
 * Picks one record by typing part of its name: a combobox over a lookup route (`source`, asked
 * with `?q=`), so it reaches any of many thousands without sending them all with the page. The
 * chosen id goes in a hidden input called `name`.
 */
export function LookupPicker({
  source,
  name,
  label,
  idPrefix,
  errors,
  exclude,
  initial,
  placeholder,
  noMatch,
}: PickerField & {
  source: string;
  /** A record that may not be chosen (someone cannot replace themselves). */
  exclude?: string;
  /** The choice already made, when the form opens with one. */
  initial?: LookupOption | null;
  placeholder: string;
  noMatch: string;
}) {
  const id = `${idPrefix}-${name}`;
  const listId = useId();
  const [query, setQuery] = useState(initial?.name ?? "");
  const [options, setOptions] = useState<LookupOption[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<LookupOption | null>(initial ?? null);
  const latest = useRef(0);

  useEffect(() => {
    if (chosen && query === chosen.name) return;
    const q = query.trim();
    if (q.length < 2) {
      setOptions([]);
      return;
    }
    const ticket = ++latest.current;
    const timer = setTimeout(async () => {
      const response = await fetch(`${source}?q=${encodeURIComponent(q)}`);
      if (!response.ok || ticket !== latest.current) return;
      const found = ((await response.json()) as LookupOption[]).filter((option) => option.id !== exclude);
      setOptions(found);
      setActive(found.length ? 0 : -1);
      setOpen(true);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, chosen, source, exclude]);

  const choose = (option: LookupOption) => {
    setChosen(option);
    setQuery(option.name);
    setOpen(false);
  };
  const optionId = (index: number) => `${listId}-option-${index}`;
  return (
    <div className="relative space-y-1">
      <label htmlFor={id} className="block text-sm font-medium text-foreground">
        {label}
      </label>
      <input
        id={id}
        type="text"
        role="combobox"
        autoComplete="off"
        className={controlClass}
        placeholder={placeholder}
        value={query}
        aria-expanded={open}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && active >= 0 ? optionId(active) : undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={`${id}-error`}
        onChange={(event) => {
          setQuery(event.target.value);
          setChosen(null);
        }}
        onBlur={() => setOpen(false)}
        onKeyDown={(event) => {
          if (event.key === "ArrowDown" || event.key === "ArrowUp") {
            event.preventDefault();
            setOpen(true);
            const step = event.key === "ArrowDown" ? 1 : -1;
            setActive((index) => (options.length ? (index + step + options.length) % options.length : -1));
          } else if (event.key === "Enter" && open && options[active]) {
            event.preventDefault();
            choose(options[active]);
          } else if (event.key === "Escape") {
            setOpen(false);
          }
        }}
      />
      <input type="hidden" name={name} value={chosen?.id ?? ""} />
      <div
        id={listId}
        role="listbox"
        aria-label={label}
        hidden={!open || options.length === 0}
        className="absolute z-20 mt-1 max-h-64 w-full overflow-auto rounded-md border border-border bg-card py-1 text-sm shadow-md"
      >
        {options.map((option, index) => (
          <div
            key={option.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="cursor-pointer px-3 py-2 aria-selected:bg-muted"
            onMouseDown={(event) => {
              event.preventDefault();
              choose(option);
            }}
          >
            {option.name}
            {option.detail ? <span className="block text-xs text-muted-foreground">{option.detail}</span> : null}
          </div>
        ))}
      </div>
      {open && options.length === 0 ? <p className="text-sm text-muted-foreground">{noMatch}</p> : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-destructive">
        {errors?.join(" ")}
      </p>
    </div>
  );
}
