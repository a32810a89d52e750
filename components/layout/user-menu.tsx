"use client";

import { useRouter } from "next/navigation";
import { DropdownMenu } from "@/components/ui/dropdown-menu";
import { FormMessage } from "@/components/ui/form-message";
import { CircleUserIcon } from "@/components/ui/icons";
import { useAction } from "@/components/ui/use-action";
import { signOutAction } from "@/lib/accounts/actions";

/** The signed-in person's menu. Signing out ends this sign-in on the server too: the old cookie opens nothing afterwards. */
export function UserMenu({ name }: { name: string }) {
  const router = useRouter();
  const signOut = useAction(signOutAction, {
    onSuccess: () => {
      router.push("/signin");
      router.refresh();
    },
  });
  return (
    <div className="flex items-center gap-2">
      <DropdownMenu
        label={name}
        trigger={
          <>
            <CircleUserIcon aria-hidden="true" />
            <span className="max-w-40 truncate max-sm:sr-only">{name}</span>
          </>
        }
        items={[
          { label: "Account and security", href: "/account" },
          { label: "Sign out", onSelect: () => signOut.run(), disabled: signOut.pending },
        ]}
      />
      <FormMessage message={signOut.message} />
    </div>
  );
}
