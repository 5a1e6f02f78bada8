import { editorsLangOn } from "@/lib/i18n/editors-language";

/** Words from the data, as Sitrep's editors wrote them (lib/i18n/editors-language.ts). */
export function EditorsText({ children }: { children: React.ReactNode }) {
  const lang = editorsLangOn();
  return lang ? (
    <span lang={lang} dir="ltr">
      {children}
    </span>
  ) : (
    <>{children}</>
  );
}
