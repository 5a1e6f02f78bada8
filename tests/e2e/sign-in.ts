import type { Browser, Page } from "@playwright/test";

/** A fresh browser signed in to a server through its form, as staff do, on their account page. */
export async function signInAs(browser: Browser, baseURL: string, account: { email: string; password: string }): Promise<Page> {
  const page = await (await browser.newContext({ baseURL })).newPage();
  await page.goto("/en/sign-in");
  await page.getByLabel("Email").fill(account.email);
  await page.getByLabel("Password").fill(account.password);
  await page.getByRole("button", { name: "Sign in" }).click();
  await page.waitForURL((url) => url.pathname === "/en/account");
  return page;
}
