"use server";
import { revalidatePath } from "next/cache";
import { z } from "zod";
import { actionWriter } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { createSubscription, endSubscription } from "@/lib/write/subscriptions";

export interface WebhookFormState {
  /** Shown once, right after the webhook is made. */
  secret?: string;
  target?: string;
  errors?: Record<string, string>;
  formError?: string;
}

/** An editor adds a webhook: checked on the server (role, address), its secret answered once. */
export async function addWebhookAction(locale: string, _previous: WebhookFormState, formData: FormData): Promise<WebhookFormState> {
  const s = getStaffMessages();
  const auth = await actionWriter("editor");
  if (!auth) return { formError: s.signIn.title };
  const target = String(formData.get("target") ?? "").trim();
  try {
    const { secret } = await createSubscription(
      await getDb(),
      { kind: "webhook", target, situation: String(formData.get("situation") ?? ""), events: formData.getAll("events").map(String), digest: String(formData.get("digest") ?? "none"), locale },
      auth.actor,
    );
    revalidatePath(`/${locale}/edit/alerts`);
    return { secret, target };
  } catch (error) {
    if (error instanceof z.ZodError) {
      const errors: Record<string, string> = {};
      for (const issue of error.issues) errors[String(issue.path[0] ?? "target")] ??= s.validation(issue.message);
      return { target, errors };
    }
    throw error;
  }
}

/** Ends one of the editor's subscriptions; the list shows it ended. */
export async function endSubscriptionAction(locale: string, formData: FormData): Promise<void> {
  const auth = await actionWriter("editor");
  if (!auth) return;
  await endSubscription(await getDb(), String(formData.get("id") ?? ""), auth.actor);
  revalidatePath(`/${locale}/edit/alerts`);
}
