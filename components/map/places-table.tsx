import { Link } from "@/lib/i18n/navigation";
import { whenText } from "@/lib/format/when-text";
import { formatList } from "@/lib/format/list";
import { getMessages } from "@/lib/i18n/messages";
import type { MapModel } from "@/lib/map/map-model";
import { Bidi } from "@/components/ui/bidi";

/** A place's P-codes under its name: how other humanitarian datasets name it. */
function PCodes({ codes }: { codes: string[] }) {
  const t = getMessages();
  return (
    <span className="muted" style={{ display: "block", fontWeight: 400 }}>
      {t.map.pcodes(codes.join(", "))}
    </span>
  );
}

/** Every feature on the map, with its figures: the keyboard and screen-reader alternative to the map. */
export function PlacesTable({ model }: { model: MapModel }) {
  const t = getMessages();
  const areaNames = formatList(model.areas.map((a) => a.name));
  return (
    <div className="table-scroll">
      <table className="stacked-table">
        <caption>{t.map.placesCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{t.table.place}</th>
            <th scope="col">{t.map.whatSourcesSay}</th>
            <th scope="col">{t.map.shape}</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <th scope="row">
              {areaNames}
              {model.areas.length > 1 && ` (${t.map.together})`}
            </th>
            <td data-label={t.map.whatSourcesSay}>
              <ul>
                {model.shading.map((s) =>
                  s.figure ? (
                    <li key={s.indicator}>
                      {t.indicator[s.indicator]}: <Link href={s.figure.href}>{<Bidi text={s.figure.valueText} />}</Link>, {s.figure.sourceShort}
                    </li>
                  ) : null,
                )}
              </ul>
            </td>
            <td data-label={t.map.shape}>{model.areas.length > 1 ? t.map.figuresCoverBoth : "—"}</td>
          </tr>
          {model.areas.length > 1 && model.areas.map((area) => (
            <tr key={area.id}>
              <th scope="row">
                {area.name}
                {area.pcodes.length > 0 && <PCodes codes={area.pcodes} />}
              </th>
              <td data-label={t.map.whatSourcesSay}>{t.map.seeTogether}</td>
              <td data-label={t.map.shape}>
                {area.geometrySource}
              </td>
            </tr>
          ))}
          {model.facilities.map((facility) => (
            <tr key={facility.id}>
              <th scope="row">
                {facility.name}
                {facility.pcodes.length > 0 && <PCodes codes={facility.pcodes} />}
              </th>
              <td data-label={t.map.whatSourcesSay}>
                <ol>
                  {facility.statusEvents.map((e) => (
                    <li key={e.id}>
                      {`${whenText(e, t)}: `}
                      <Link href={e.href}>{e.facilityStatus ? t.facilityStatus[e.facilityStatus] : e.title}</Link> ({e.sourceShort})
                    </li>
                  ))}
                </ol>
              </td>
              <td data-label={t.map.shape}>{facility.geometrySource}</td>
            </tr>
          ))}
          {model.otherPlaces.length > 0 && (
            <tr>
              <th scope="row">{t.map.otherPlaces(model.otherPlaces.length)}</th>
              <td data-label={t.map.whatSourcesSay}>
                <Link href="/figures">{t.map.otherPlacesNote}</Link>
              </td>
              <td data-label={t.map.shape}>—</td>
            </tr>
          )}
          {model.route && (
            <tr>
              <th scope="row">{model.route.name}</th>
              <td data-label={t.map.whatSourcesSay}>—</td>
              <td data-label={t.map.shape}>
                {model.route.geometrySource}
              </td>
            </tr>
          )}
        </tbody>
      </table>
    </div>
  );
}
