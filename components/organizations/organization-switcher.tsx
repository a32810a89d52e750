import Link from "next/link";

/** For members of several organizations: the others, one click away. Nothing for members of one. */
export function OrganizationSwitcher({
  current,
  organizations,
}: {
  current: string;
  organizations: { slug: string; name: string }[];
}) {
  const others = organizations.filter((organization) => organization.slug !== current);
  if (others.length === 0) return null;
  return (
    <details className="relative text-sm print:hidden">
      <summary className="cursor-pointer text-slate-600 hover:text-slate-900">Switch organization</summary>
      <ul
        aria-label="Your other organizations"
        className="absolute right-0 z-10 mt-1 min-w-56 space-y-1 rounded-md border border-slate-200 bg-white p-2 shadow"
      >
        {others.map((organization) => (
          <li key={organization.slug}>
            <Link href={`/o/${organization.slug}`} className="block rounded px-2 py-1 hover:bg-slate-100">
              {organization.name}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
