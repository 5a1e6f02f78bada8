import { getStaffMessages } from "@/lib/i18n/staff-messages";

/** Shown instead of a staff page to someone signed in with too small a role. */
export function ForbiddenNote() {
  return (
    <p className="panel" role="alert">
      {getStaffMessages().forbidden}
    </p>
  );
}
