"use client";

import {
  type ComponentProps,
  type ComponentType,
  lazy,
  type ReactNode,
  Suspense,
  useEffect,
  useRef,
  useState,
} from "react";
import type { EraseForm as EraseFormView } from "./erase-form";
import type { InterlocutorForm as InterlocutorFormView } from "./interlocutor-form";
import type { MergeForm as MergeFormView } from "./merge-form";

// Editing a person's details, merging and erasing wait behind a closed <details>: their code loads
// when the details open, not with the page. The form appears only once it can be used, so nothing
// typed into it is lost to a form that is not yet live.
const LazyInterlocutorForm = lazy(() =>
  import("./interlocutor-form").then((module) => ({ default: module.InterlocutorForm })),
);
const LazyMergeForm = lazy(() => import("./merge-form").then((module) => ({ default: module.MergeForm })));
const LazyEraseForm = lazy(() => import("./erase-form").then((module) => ({ default: module.EraseForm })));

function DeferredDetails<P extends object>({
  summary,
  form: Form,
  props,
}: {
  summary: ReactNode;
  form: ComponentType<P>;
  props: P;
}) {
  const details = useRef<HTMLDetailsElement>(null);
  const [open, setOpen] = useState(false);
  // Opened before the page was interactive: the toggle event came before React listened.
  useEffect(() => setOpen((was) => was || Boolean(details.current?.open)), []);
  return (
    <details ref={details} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="cursor-pointer font-semibold">{summary}</summary>
      <div className="mt-3">
        {open ? (
          <Suspense fallback={<p className="text-sm text-muted-foreground">Loading…</p>}>
            <Form {...props} />
          </Suspense>
        ) : null}
      </div>
    </details>
  );
}

export function EditDetails(props: ComponentProps<typeof InterlocutorFormView>) {
  return <DeferredDetails summary="Edit details" form={LazyInterlocutorForm} props={props} />;
}

export function MergeDetails(props: ComponentProps<typeof MergeFormView>) {
  return <DeferredDetails summary="Merge a duplicate into this record" form={LazyMergeForm} props={props} />;
}

export function EraseDetails(props: ComponentProps<typeof EraseFormView>) {
  return <DeferredDetails summary="Erase this person’s data" form={LazyEraseForm} props={props} />;
}
