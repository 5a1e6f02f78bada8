import { formatDate } from "@/lib/format/dates";
import type { Locale } from "@/lib/i18n/locales";
import type { OutgoingMessages } from "@/lib/i18n/outgoing-messages";

export interface PackageReadmeInput {
  title: string;
  citation: string;
  licence: string;
  dataDate?: string;
  /** lib/claims/README.md: the rules that decide headlines and independence. */
  rules: string;
  url?: string;
}

/** The README a data package opens with: what each file holds, how to cite it, its licence and data date, the rules and the caveats. */
export function packageReadme({ title, citation, licence, dataDate, rules, url }: PackageReadmeInput, p: OutgoingMessages["package"], locale: Locale): string {
  // The rules keep their own headings, one level down, under the package's.
  const nestedRules = rules.replace(/^(#+) /gm, "#$1 ").trim();
  return [
    `# ${p.readmeTitle(title)}`,
    p.intro,
    ...(url ? [p.online(url)] : []),
    `## ${p.dataDateHeading}`,
    dataDate ? `${formatDate(dataDate, locale)} (${dataDate})` : p.undated,
    `## ${p.citationHeading}`,
    citation,
    `## ${p.licenceHeading}`,
    licence,
    `## ${p.filesHeading}`,
    Object.values(p.files)
      .map((line) => `- ${line}`)
      .join("\n"),
    p.hxlNote,
    `## ${p.caveatsHeading}`,
    p.caveats.map((line) => `- ${line}`).join("\n"),
    `## ${p.rulesHeading}`,
    p.rulesNote,
    nestedRules,
  ].join("\n\n") + "\n";
}
