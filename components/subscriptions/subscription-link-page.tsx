import { Link } from "@/lib/i18n/navigation";
import { getOutgoingMessages } from "@/lib/i18n/outgoing-messages";
import { situationPath } from "@/lib/situations/page-situation";

export interface LinkPageQuery {
  id?: string;
  token?: string;
  done?: string;
  situation?: string;
}

/**
 * What a link in an alert email opens: a button that posts its id and token
 * (following a link changes nothing, so a mail scanner that opens it
 * subscribes or unsubscribes no one), then, once pressed, what was done.
 */
export function SubscriptionLinkPage({ query, action, texts }: { query: LinkPageQuery; action: string; texts: { title: string; lede: string; button: string; done: string } }) {
  const t = getOutgoingMessages().subscribe;
  const text = (value: string | undefined) => (typeof value === "string" ? value : undefined);
  const [id, token, situation] = [text(query.id), text(query.token), text(query.situation)];
  return (
    <>
      <h1>{texts.title}</h1>
      {query.done ? (
        <p role="status">{texts.done}</p>
      ) : id && token ? (
        <form method="post" action={action}>
          <p>{texts.lede}</p>
          <input type="hidden" name="id" value={id} />
          <input type="hidden" name="token" value={token} />
          <button type="submit" className="button">
            {texts.button}
          </button>
        </form>
      ) : (
        <p role="alert">{t.badLink}</p>
      )}
      {situation && /^[a-z0-9-]+$/.test(situation) && (
        <p>
          <Link href={situationPath(situation)}>{t.backTo(situation)}</Link>
        </p>
      )}
    </>
  );
}
