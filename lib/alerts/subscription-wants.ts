import type { Notice } from "./notice";

export interface SubscriptionFilter {
  events: string[];
  indicators: string[] | null;
  locationIds: string[] | null;
}

/** Whether a subscription asked for this notice: its kind, and where it narrowed them, its indicators and places. */
export function subscriptionWants(subscription: SubscriptionFilter, notice: Notice): boolean {
  if (!subscription.events.includes(notice.type)) return false;
  if (subscription.indicators?.length && notice.type !== "facility" && !subscription.indicators.includes(notice.indicator)) return false;
  if (subscription.locationIds?.length && !notice.placeIds.some((id) => subscription.locationIds!.includes(id))) return false;
  return true;
}
