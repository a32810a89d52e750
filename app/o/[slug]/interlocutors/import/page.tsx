import { ImportForm } from "@/components/interlocutors/import-form";
import { Link } from "@/components/ui/link";
import { requireMember } from "@/lib/auth/guard";

export const metadata = { title: "Import interlocutors" };

export default async function ImportPage({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  await requireMember(slug, "record.edit");
  return (
    <section className="space-y-4" aria-labelledby="import-heading">
      <p className="text-sm">
        <Link href={`/o/${slug}/interlocutors`} className="underline underline-offset-2">
          ← All interlocutors
        </Link>
      </p>
      <h2 id="import-heading" className="text-lg font-semibold">
        Import interlocutors from CSV
      </h2>
      <p className="max-w-2xl text-sm text-muted-foreground">
        People and their posts from a spreadsheet, all at once: nothing goes in unless every row is right, and anyone
        who may already be on record is shown to you first.
      </p>
      <ImportForm slug={slug} />
    </section>
  );
}
