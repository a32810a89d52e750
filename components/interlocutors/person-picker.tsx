"use client";

import { useEffect, useId, useRef, useState } from "react";
import { controlClass } from "@/components/ui/field";

type Person = { id: string; name: string; post: string };

/**
 * Picks one person by typing any spelling of their name: a combobox over the organization's
 * search (the lookup route, need-to-know applied), so it reaches everyone among 100,000. The
 * chosen id goes in a hidden input called `name`.
 */
export function PersonPicker({
  organizationSlug,
  name,
  label,
  idPrefix,
  errors,
  exclude,
}: {
  organizationSlug: string;
  name: string;
  label: string;
  idPrefix: string;
  errors?: string[];
  /** A person who may not be chosen (someone cannot replace themselves). */
  exclude?: string;
}) {
  const id = `${idPrefix}-${name}`;
  const listId = useId();
  const [query, setQuery] = useState("");
  const [options, setOptions] = useState<Person[]>([]);
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(-1);
  const [chosen, setChosen] = useState<Person | null>(null);
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
      const response = await fetch(`/o/${organizationSlug}/interlocutors/lookup?q=${encodeURIComponent(q)}`);
      if (!response.ok || ticket !== latest.current) return;
      const found = ((await response.json()) as Person[]).filter((person) => person.id !== exclude);
      setOptions(found);
      setActive(found.length ? 0 : -1);
      setOpen(true);
    }, 200);
    return () => clearTimeout(timer);
  }, [query, chosen, organizationSlug, exclude]);

  const choose = (person: Person) => {
    setChosen(person);
    setQuery(person.name);
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
        placeholder="Type any spelling of the name"
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
        {options.map((person, index) => (
          <div
            key={person.id}
            id={optionId(index)}
            role="option"
            tabIndex={-1}
            aria-selected={index === active}
            className="cursor-pointer px-3 py-2 aria-selected:bg-muted"
            onMouseDown={(event) => {
              event.preventDefault();
              choose(person);
            }}
          >
            {person.name}
            {person.post ? <span className="block text-xs text-muted-foreground">{person.post}</span> : null}
          </div>
        ))}
      </div>
      {open && options.length === 0 ? (
        <p className="text-sm text-muted-foreground">Nobody matches that spelling.</p>
      ) : null}
      <p id={`${id}-error`} aria-live="polite" className="text-sm text-destructive">
        {errors?.join(" ")}
      </p>
    </div>
  );
}
