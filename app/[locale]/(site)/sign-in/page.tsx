import { SignInForm } from "@/components/staff/sign-in-form";
import { anyUserExists } from "@/lib/auth/users";
import { getDb } from "@/lib/db";
import { signInAction } from "@/lib/forms/actions/session";
import { enterLocale } from "@/lib/i18n/page-locale";
import { getStaffMessages } from "@/lib/i18n/staff-messages";
import { metadataAt } from "@/lib/i18n/page-metadata";

export const generateMetadata = metadataAt("/sign-in", () => ({ title: getStaffMessages().signIn.title, robots: { index: false } }));
export const dynamic = "force-dynamic";

export default async function SignInPage({ params, searchParams }: { params: Promise<{ locale: string }>; searchParams: Promise<{ next?: string }> }) {
  const locale = await enterLocale(params);
  const s = getStaffMessages().signIn;
  const { next = "" } = await searchParams;
  const enabled = await anyUserExists(await getDb());
  return (
    <>
      <h1>{s.title}</h1>
      {enabled ? (
        <>
          <p className="lede">{s.lede}</p>
          <SignInForm action={signInAction.bind(null, { locale, next })} />
        </>
      ) : (
        <div className="panel">
          <p>
            <strong>{s.notEnabled}</strong>
          </p>
          <p>{s.howToEnable}</p>
        </div>
      )}
    </>
  );
}
