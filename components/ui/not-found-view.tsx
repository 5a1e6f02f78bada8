import { Link } from "@/lib/i18n/navigation";
import { getMessages } from "@/lib/i18n/messages";

/** The site's 404: what happened and where to go next, never the framework's bare page. */
export function NotFoundView() {
  const t = getMessages().errors;
  return (
    <div className="panel">
      <h1>{t.notFoundTitle}</h1>
      <p>{t.notFoundText}</p>
      <ul>
        <li>
          <Link href="/">{t.notFoundLinks.overview}</Link>
        </li>
        <li>
          <Link href="/figures">{t.notFoundLinks.figures}</Link>
        </li>
        <li>
          <Link href="/charts">{t.notFoundLinks.charts}</Link>
        </li>
      </ul>
    </div>
  );
}
