"use client";

import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { Button } from "@/components/ui/button";
import { signOutEverywhereAction } from "@/lib/accounts/actions";

export function SignOutEverywhereButton() {
  const router = useRouter();
  const [pending, startTransition] = useTransition();
  return (
    <Button
      type="button"
      variant="secondary"
      disabled={pending}
      onClick={() =>
        startTransition(async () => {
          await signOutEverywhereAction({});
          router.push("/signin");
        })
      }
    >
      Sign out on every device
    </Button>
  );
}
