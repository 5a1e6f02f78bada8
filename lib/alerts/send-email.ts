import nodemailer, { type Transporter } from "nodemailer";
import { siteUrl } from "@/lib/site-url";

let transport: { url: string; transporter: Transporter } | undefined;

/**
 * Mail goes out only through the SMTP server SMTP_URL names
 * (smtp://user:pass@host:587, smtps://…), and only with the site's public
 * address (SITE_URL), which every confirm and unsubscribe link needs; without
 * both, email alerts are off.
 */
export function emailAlertsOn(): boolean {
  return Boolean(process.env.SMTP_URL && process.env.SITE_URL);
}

function transporter(): Transporter {
  const url = process.env.SMTP_URL;
  if (!url) throw new Error("Email alerts are off: SMTP_URL is not set");
  // Short timeouts: a pass holds its notices for two minutes (lib/alerts/deliver-due.ts), and a stuck server must not outlast that.
  if (transport?.url !== url) transport = { url, transporter: nodemailer.createTransport({ url, connectionTimeout: 10_000, greetingTimeout: 10_000, socketTimeout: 30_000 }) };
  return transport.transporter;
}

export interface Email {
  to: string;
  subject: string;
  text: string;
  /** RFC 8058: a mail client's one-click unsubscribe POSTs here. */
  unsubscribeUrl?: string;
}

export async function sendEmail(email: Email): Promise<void> {
  const from = process.env.SMTP_FROM ?? `Sitrep <sitrep@${siteUrl().hostname}>`;
  await transporter().sendMail({
    from,
    to: email.to,
    subject: email.subject,
    text: email.text,
    headers: email.unsubscribeUrl ? { "List-Unsubscribe": `<${email.unsubscribeUrl}>`, "List-Unsubscribe-Post": "List-Unsubscribe=One-Click" } : {},
  });
}
