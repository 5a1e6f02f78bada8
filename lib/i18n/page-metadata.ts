import "server-only";
import type { Metadata } from "next";
import { locales } from "./locales";
import { localizedPath } from "./localized-path";
import { enterLocale } from "./page-locale";
import type { SituationSnapshot } from "@/lib/queries/snapshot";
import { enterSituation, situationPath, type SituationParams } from "@/lib/situations/page-situation";

type LocaleParams = Promise<{ locale: string }>;

/**
 * A page's <head> in the reader's language, with its address in every
 * language as hreflang alternates (made absolute by the layout's
 * metadataBase); the unprefixed address, which picks a language for the
 * reader, is the x-default. `path` is the locale-free path ("/figures/x").
 */
export async function localizedMetadata(params: LocaleParams, path: string, build: () => Metadata | Promise<Metadata>): Promise<Metadata> {
  const locale = await enterLocale(params);
  const metadata = await build();
  const languages = Object.fromEntries([...locales.map((l) => [l, localizedPath(l, path)]), ["x-default", path]]);
  return { ...metadata, alternates: { ...metadata.alternates, canonical: localizedPath(locale, path), languages } };
}

/** `generateMetadata` for a page at a fixed path: `export const generateMetadata = metadataAt("/map", () => ({ title }))`. */
export function metadataAt(path: string, build: () => Metadata | Promise<Metadata>) {
  return ({ params }: { params: LocaleParams }): Promise<Metadata> => localizedMetadata(params, path, build);
}

/** `generateMetadata` for a page of a situation: its path within the situation ("/map"), and its title from the situation's snapshot. */
export function situationMetadataAt(path: string, build: (snapshot: SituationSnapshot) => Metadata | Promise<Metadata>) {
  return async ({ params }: { params: SituationParams }): Promise<Metadata> => {
    const { snapshot } = await enterSituation(params);
    return localizedMetadata(params, situationPath(snapshot.situation.id, path), () => build(snapshot));
  };
}
