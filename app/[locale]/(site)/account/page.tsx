import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { StaffTasks } from "@/components/staff/staff-tasks";
import { currentSituations } from "@/lib/queries/situation-model";
import { situationShortTitle } from "@/lib/situations/texts";
import { PasswordForm } from "@/components/staff/password-form";
import { TokenForm } from "@/components/staff/token-form";
import { listApiTokens } from "@/lib/auth/api-tokens";
import { requireStaff } from "@/lib/auth/page-session";
import { getDb } from "@/lib/db";
import { signOutAction } from "@/lib/forms/actions/session";
import { createTokenAction, revokeTokenAction } from "@/lib/forms/actions/tokens";
import { changePasswordAction } from "@/lib/forms/actions/password";
import { formatDateTime } from "@/lib/format/dates";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/account", () => ({ title: getStaffMessages().account.title, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function AccountPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const here = `/${locale}/account`;
  const actor = await requireStaff("editor", locale, here);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages();
  const tokens = await listApiTokens(await getDb(), actor.user.id);
  return (
    <>
      <h1>{s.account.title}</h1>
      <p className="lede">{s.bar.signedInAs(actor.user.name, s.users.roles[actor.user.role])}</p>
      <form action={signOutAction.bind(null, { locale })}>
        <button type="submit" className="button">
          {s.nav.signOut}
        </button>
      </form>
      <h2>{s.account.tasks}</h2>
      <StaffTasks role={actor.user.role} situations={(await currentSituations()).filter((x) => x.status === "active").map((x) => ({ id: x.id, title: situationShortTitle(x) }))} />
      <h2>{s.account.tokensHeading}</h2>
      <p>{s.account.tokensLede}</p>
      {tokens.length ? (
        <div className="table-scroll">
          <table className="stacked-table">
            <caption className="visually-hidden">{s.account.tokensHeading}</caption>
            <thead>
              <tr>
                <th scope="col">{s.account.tokenColumn}</th>
                <th scope="col">{s.account.created}</th>
                <th scope="col">{s.account.lastUsed}</th>
                <th scope="col">
                  <span className="visually-hidden">{s.account.revoke}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {tokens.map((token) => (
                <tr key={token.id}>
                  <th scope="row">{token.name}</th>
                  <td data-label={s.account.created}>{formatDateTime(token.createdAt)}</td>
                  <td data-label={s.account.lastUsed}>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : s.account.never}</td>
                  <td>
                    {token.revokedAt ? (
                      <span className="badge badge-warn">{s.account.revoked}</span>
                    ) : (
                      <form action={revokeTokenAction.bind(null, { id: token.id, page: here })}>
                        <button type="submit" className="button" aria-label={`${s.account.revoke}: ${token.name}`}>
                          {s.account.revoke}
                        </button>
                      </form>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : (
        <p>{s.account.noTokens}</p>
      )}
      <TokenForm action={createTokenAction.bind(null, { page: here })} />
      <h2>{s.account.passwordHeading}</h2>
      <PasswordForm action={changePasswordAction} />
    </>
  );
}
