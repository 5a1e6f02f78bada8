"use client";
import type { DatasetColumn } from "@/lib/import/hxl-dataset/dataset-claims";
import { useMessages } from "@/lib/i18n/use-messages";
import { useStaffMessages } from "@/lib/i18n/use-staff-messages";

/** Each column of a dataset and what Sitrep reads it as, or why it leaves it out: nobody wonders where a column went. */
export function DatasetMapping({ columns }: { columns: DatasetColumn[] }) {
  const t = useMessages();
  const s = useStaffMessages().import.dataset;
  const meaning = ({ role }: DatasetColumn): string => {
    switch (role.role) {
      case "value":
        return s.roles.value(t.indicator[role.indicator], t.group[role.group], t.unit[role.unit]);
      case "place":
        return s.roles.place(role.level, role.by);
      case "ignored":
        return s.roles.ignored(s.reasons[role.reason]);
      default:
        return s.roles[role.role];
    }
  };
  return (
    <section aria-labelledby="dataset-mapping-heading">
      <h2 id="dataset-mapping-heading">{s.mappingHeading}</h2>
      <div className="table-scroll">
        <table className="stacked-table">
          <caption className="visually-hidden">{s.mappingHeading}</caption>
          <thead>
            <tr>
              <th scope="col">{s.column}</th>
              <th scope="col">HXL</th>
              <th scope="col">{s.readAs}</th>
            </tr>
          </thead>
          <tbody>
            {columns.map((column) => (
              <tr key={column.position}>
                <th scope="row" dir="auto">
                  {column.header || column.position}
                </th>
                <td data-label="HXL" dir="ltr">
                  <code>{column.hashtag}</code>
                </td>
                <td data-label={s.readAs}>{meaning(column)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
