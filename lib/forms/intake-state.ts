import type { Candidate } from "@/lib/intake/candidate";
import type { ArchivedDocument } from "@/lib/model";

/** The report form after "Find the figures": the archived document and what was found in it, or what to fix. */
export interface ReportReadState {
  values: Record<string, string>;
  errors: Record<string, string>;
  formError?: string;
  document?: ArchivedDocument;
  candidates?: Candidate[];
}

/** The candidates form after "Save": each error by candidate and field ("2.value"), or the claims saved and what readers now see. */
export interface CandidatesSaveState {
  errors: Record<string, string>;
  /** The fields as sent ("0.value", "0.locationIds"), shown again after a refused save. */
  values?: Record<string, string | string[]>;
  formError?: string;
  saved?: { id: string; label: string }[];
  readersSee?: string[];
}

export const emptyReportRead: ReportReadState = { values: {}, errors: {} };
export const emptyCandidatesSave: CandidatesSaveState = { errors: {} };
