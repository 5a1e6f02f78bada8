import { z } from "zod";
import { HttpUrl, Id } from "./common";
import { Indicator } from "./enums";

/** What a subscriber can hear about: a headline that changes, a disagreement flag raised, a new claim, a facility's status. */
export const noticeKinds = ["headline", "disagreement", "claim", "facility"] as const;
export const NoticeKind = z.enum(noticeKinds);
export type NoticeKind = z.infer<typeof NoticeKind>;

/** One message per notice, or at most one an hour or a day gathering them. */
export const Digest = z.enum(["none", "hour", "day"]);
export type Digest = z.infer<typeof Digest>;

export const SubscriptionKind = z.enum(["email", "webhook"]);

const EmailAddress = z.email({ error: "must be an email address, e.g. name@example.org" }).max(254);

/** A request to hear about a situation (POST /api/subscriptions and the forms). */
export const NewSubscription = z
  .object({
    kind: SubscriptionKind,
    target: z.string().trim().min(1, "is required").max(2000),
    situation: Id,
    /** Only these indicators; left out, every one. */
    indicators: z.array(Indicator).min(1).optional(),
    /** Only notices about these places; left out, every place. */
    locations: z.array(Id).min(1).optional(),
    events: z.array(NoticeKind).min(1, "choose at least one kind of change").default([...noticeKinds]),
    digest: Digest.default("none"),
    locale: z.enum(["en", "ar", "ku"]).default("en"),
  })
  .superRefine((request, ctx) => {
    const check = request.kind === "email" ? EmailAddress.safeParse(request.target) : HttpUrl.safeParse(request.target);
    if (!check.success) ctx.addIssue({ code: "custom", path: ["target"], message: request.kind === "email" ? "must be an email address, e.g. name@example.org" : "must be an http(s) URL" });
  });
export type NewSubscription = z.infer<typeof NewSubscription>;
