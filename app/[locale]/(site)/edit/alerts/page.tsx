import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { WebhookForm } from "@/components/staff/webhook-form";
import { emailAlertsOn } from "@/lib/alerts/send-email";
import { requireStaff } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { addWebhookAction, endSubscriptionAction } from "@/lib/forms/actions/alerts";
import { enterLocale } from "@/lib/i18n/page-locale";
import { metadataAt } from "@/lib/i18n/page-metadata";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { currentSituations } from "@/lib/queries/situation-model";
import { situationShortTitle } from "@/lib/situations/texts";
import { subscriptionsOf } from "@/lib/write/subscriptions";

export const generateMetadata = metadataAt("/edit/alerts", () => ({ title: getStaffMessages().alerts.title, robots: { index: false } }));
export const dynamic = "force-dynamic";

/** An editor's webhooks and subscriptions: each with its state, and why when it was disabled. */
export default async function AlertsPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const actor = await requireStaff("editor", locale, `/${locale}/edit/alerts`);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages().alerts;
  const situations = (await currentSituations()).map((situation) => ({ id: situation.id, title: situationShortTitle(situation) }));
  const titleOf = new Map(situations.map((situation) => [situation.id, situation.title]));
  const rows = await subscriptionsOf(await getDb(), actor);
  return (
    <>
      <h1>{s.title}</h1>
      <p className="lede">{s.lede}</p>
      {!emailAlertsOn() && <p className="muted">{s.emailOff}</p>}
      <WebhookForm action={addWebhookAction.bind(null, locale)} situations={situations} labels={{ kinds: getOutgoingMessages().subscribe.kind, digests: getOutgoingMessages().subscribe.digests }} />
      <h2>{s.yours}</h2>
      {rows.length === 0 ? (
        <p>{s.none}</p>
      ) : (
        <div className="table-scroll">
          <table className="stacked-table">
            <caption className="visually-hidden">{s.yours}</caption>
            <thead>
              <tr>
                <th scope="col">{s.columns.target}</th>
                <th scope="col">{s.columns.situation}</th>
                <th scope="col">{s.columns.status}</th>
                <th scope="col">{s.columns.failures}</th>
                <th scope="col">
                  <span className="visually-hidden">{s.end}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <th scope="row" dir="ltr">
                    {row.target}
                  </th>
                  <td data-label={s.columns.situation}>{titleOf.get(row.situationId) ?? row.situationId}</td>
                  <td data-label={s.columns.status}>{row.status === "disabled" && row.disabledReason ? s.disabledBecause(row.disabledReason) : (s.status[row.status as keyof typeof s.status] ?? row.status)}</td>
                  <td data-label={s.columns.failures}>{row.failures}</td>
                  <td>
                    {row.status !== "ended" && (
                      <form action={endSubscriptionAction.bind(null, locale)}>
                        <input type="hidden" name="id" value={row.id} />
                        <button type="submit" className="button">
                          {s.end}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
