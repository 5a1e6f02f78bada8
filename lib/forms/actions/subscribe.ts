"use server";
import { z } from "zod";
import { getDb } from "@/lib/db";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { inLocale } from "@/lib/i18n/locale-scope";
import { isLocale } from "@/lib/i18n/locales";
import { EmailAlertsOffError, createSubscription } from "@/lib/write/subscriptions";

export interface SubscribeFormState {
  sent?: boolean;
  email?: string;
  errors?: { email?: string; kinds?: string };
  formError?: string;
}

/** A reader subscribes an email address to a situation: a confirmation goes out, nothing else until it is followed. */
export async function subscribeAction(context: { locale: string; situationId: string }, _previous: SubscribeFormState, formData: FormData): Promise<SubscribeFormState> {
  const locale = isLocale(context.locale) ? context.locale : "en";
  return inLocale(locale, async () => {
    const t = getOutgoingMessages().subscribe;
    const email = String(formData.get("email") ?? "").trim();
    const list = (name: string) => formData.getAll(name).map(String).filter(Boolean);
    const [indicators, locations] = [list("indicators"), list("locations")];
    try {
      await createSubscription(
        await getDb(),
        {
          kind: "email",
          target: email,
          situation: context.situationId,
          events: list("events"),
          digest: String(formData.get("digest") ?? "none"),
          locale,
          ...(indicators.length ? { indicators } : {}),
          ...(locations.length ? { locations } : {}),
        },
        null,
      );
      return { sent: true };
    } catch (error) {
      if (error instanceof EmailAlertsOffError) return { email, formError: t.off };
      if (error instanceof z.ZodError) {
        const fields = new Set(error.issues.map((i) => String(i.path[0])));
        return { email, errors: { ...(fields.has("target") ? { email: t.badEmail } : {}), ...(fields.has("events") ? { kinds: t.chooseKind } : {}) }, formError: fields.has("target") || fields.has("events") ? undefined : error.issues[0]?.message };
      }
      throw error;
    }
  });
}
