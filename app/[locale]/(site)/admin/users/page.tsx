import { ForbiddenNote } from "@/components/staff/forbidden-note";
import { UserForm } from "@/components/staff/user-form";
import { requireStaff } from "@/lib/auth/page-session";
import { listUsers } from "@/lib/auth/users";
import { getDb } from "@/lib/db";
import { createUserAction, resetPasswordAction, setDisabledAction } from "@/lib/forms/actions/users";
import { ResetPasswordForm } from "@/components/staff/reset-password-form";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/admin/users", () => ({ title: getStaffMessages().users.title, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function UsersPage({ params }: { params: Promise<{ locale: string }> }) {
  const locale = await enterLocale(params);
  const here = `/${locale}/admin/users`;
  const actor = await requireStaff("admin", locale, here);
  if (actor === "forbidden") return <ForbiddenNote />;
  const s = getStaffMessages().users;
  const users = await listUsers(await getDb());
  return (
    <>
      <h1>{s.title}</h1>
      <div className="table-scroll">
        <table className="stacked-table">
          <caption className="visually-hidden">{s.title}</caption>
          <thead>
            <tr>
              <th scope="col">{s.email}</th>
              <th scope="col">{s.name}</th>
              <th scope="col">{s.role}</th>
              <th scope="col">
                <span className="visually-hidden">{s.disable}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {users.map((user) => (
              <tr key={user.id}>
                <th scope="row">
                  {user.email} {user.disabledAt && <span className="badge badge-warn">{s.disabled}</span>}
                </th>
                <td data-label={s.name}>{user.name}</td>
                <td data-label={s.role}>{s.roles[user.role]}</td>
                <td>
                  {user.id !== actor.user.id && (
                    <form action={setDisabledAction.bind(null, { id: user.id, disabled: !user.disabledAt, page: here })}>
                      <button type="submit" className="button" aria-label={`${user.disabledAt ? s.enable : s.disable}: ${user.email}`}>
                        {user.disabledAt ? s.enable : s.disable}
                      </button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <h2>{s.add}</h2>
      <UserForm action={createUserAction.bind(null, { page: here })} />
      <h2>{s.resetHeading}</h2>
      <p>{s.resetLede}</p>
      <ResetPasswordForm action={resetPasswordAction} accounts={users.filter((user) => user.id !== actor.user.id).map(({ id, email }) => ({ id, email }))} />
    </>
  );
}
