import Link from "next/link";
import { formatDate } from "@/lib/format/dates";
import { getMessages } from "@/lib/i18n/messages";
import type { MapModel } from "@/lib/map/map-model";

/** Every feature on the map, with its figures: the keyboard and screen-reader alternative to the map. */
export function PlacesTable({ model }: { model: MapModel }) {
  const t = getMessages();
  return (
    <div className="table-scroll">
      <table>
        <caption>{t.map.placesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.place}</th>
            <th scope="col">{t.map.whatSourcesSay}</th>
            <th scope="col">{t.map.shape}</th>
          </tr>
        </thead>
        <tbody>
          {model.areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">{area.name}</th>
              <td>
                <ul>
                  {model.shading.map((s) =>
                    s.figure ? (
                      <li key={s.indicator}>
                        {t.indicator[s.indicator]}: <Link href={s.figure.href}>{s.figure.valueText}</Link> ({s.figure.placeText}{" "}
                        {t.map.together}), {s.figure.sourceShort}
                      </li>
                    ) : null,
                  )}
                </ul>
              </td>
              <td>{area.geometrySource}</td>
            </tr>
          ))}
          {model.hospital && (
            <tr>
              <th scope="row">{model.hospital.name}</th>
              <td>
                <ol>
                  {model.hospital.statusEvents.map((e) => (
                    <li key={e.id}>
                      {e.date ? formatDate(e.date) : (e.dayLabel ?? t.overview.dateUnknown)}:{" "}
                      <Link href={e.href}>{e.facilityStatus ? t.facilityStatus[e.facilityStatus] : e.title}</Link> ({e.sourceShort})
                    </li>
                  ))}
                </ol>
              </td>
              <td>{model.hospital.geometrySource}</td>
            </tr>
          )}
          {model.route && (
            <tr>
              <th scope="row">{model.route.name}</th>
              <td>—</td>
              <td>{model.route.geometrySource}</td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
