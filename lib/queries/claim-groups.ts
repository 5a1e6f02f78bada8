import { agreementOf, type Agreement } from "@/lib/claims/agreement";
import { claimGroupKey, type ClaimTarget } from "@/lib/claims/keys";
import { chooseHeadline, type HeadlineChoice } from "@/lib/claims/headline";
import type { Claim } from "@/lib/claims/types";
import type { Snapshot } from "./snapshot";

export function claimsLike(target: ClaimTarget, snapshot: Snapshot): Claim[] {
  const key = claimGroupKey(target);
  return snapshot.claims.filter((c) => claimGroupKey(c) === key);
}

export function headlineFor(target: ClaimTarget, snapshot: Snapshot): (HeadlineChoice & { agreement: Agreement }) | null {
  const claims = claimsLike(target, snapshot);
  const choice = chooseHeadline(claims, snapshot.sourcesById);
  const agreement = agreementOf(claims, snapshot.voiceOf);
  return choice && agreement && { ...choice, agreement };
}
