// Takes what Sitrep's map needs from the Columbia Center for Spatial Research
// neighbourhood file (../shared/geodata/aleppo-neighbourhoods/): the context
// layer of every neighbourhood, simplified for the browser, and the two
// neighbourhoods' shapes unchanged for data/updates/0005-situations.
// Run once by hand; its outputs are committed with the data.
//   node scripts/extract-neighbourhoods.mjs <folder of Neighborhoods.geojson>
import fs from "node:fs";
import path from "node:path";
import crypto from "node:crypto";
import simplify from "simplify-js";

const folder = process.argv[2] ?? "../shared/geodata/aleppo-neighbourhoods";
const file = path.join(folder, "Neighborhoods.geojson");
const bytes = fs.readFileSync(file);
const sha256 = crypto.createHash("sha256").update(bytes).digest("hex");
const collection = JSON.parse(bytes.toString("utf8"));

// About 5 m at Aleppo's latitude: invisible at city zoom, a tenth of the bytes.
const TOLERANCE = 0.00005;
const round = (n) => Math.round(n * 1e5) / 1e5;
const simplifyRing = (ring) => {
  const points = simplify(ring.map(([x, y]) => ({ x, y })), TOLERANCE, true).map((p) => [round(p.x), round(p.y)]);
  return points.length >= 4 ? points : ring.map(([x, y]) => [round(x), round(y)]);
};

const context = {
  type: "FeatureCollection",
  // Kept with the shapes wherever they go (the MIT licence asks for it).
  source: {
    name: "Aleppo neighbourhoods, Columbia University Center for Spatial Research",
    // What the map's corner says; the rest is said beside the map and in its files.
    credit: "Columbia Center for Spatial Research (MIT), unofficial",
    url: "https://github.com/CenterForSpatialResearch/aleppo_test",
    file: "map/data/Neighborhoods.geojson",
    commit: "3f750b94c646839365f93b41d23d4db99fc32d45",
    sha256,
    licence: "MIT, copyright (c) 2019 Columbia Center for Spatial Research (LICENSE beside this file)",
    status: "Unofficial: the repository does not say where the geometry comes from.",
    simplified: `Douglas-Peucker, tolerance ${TOLERANCE} degrees; coordinates rounded to 5 decimals.`,
  },
  features: collection.features.map((f) => ({
    type: "Feature",
    properties: { ref: f.properties.Id, name: f.properties.NAME, ...(f.properties.NAME_A ? { nameAr: f.properties.NAME_A } : {}) },
    geometry: {
      type: "MultiPolygon",
      coordinates: f.geometry.coordinates.map((polygon) => polygon.map(simplifyRing)),
    },
  })),
};
fs.mkdirSync("data/context", { recursive: true });
fs.writeFileSync("data/context/aleppo-neighbourhoods.geojson", JSON.stringify(context) + "\n");
fs.copyFileSync(path.join(folder, "LICENSE"), "data/context/aleppo-neighbourhoods.LICENSE");

const shapeOf = (id) => {
  const feature = collection.features.find((f) => f.properties.Id === id);
  if (feature.geometry.coordinates.length !== 1) throw new Error(`${id}: more than one polygon`);
  return { name: feature.properties.NAME, geometry: { type: "Polygon", coordinates: feature.geometry.coordinates[0] } };
};
console.log(JSON.stringify({ sha256, shapes: { 39: shapeOf(39), 37: shapeOf(37) } }).slice(0, 200));
fs.writeFileSync("/tmp/focus-shapes.json", JSON.stringify({ 39: shapeOf(39), 37: shapeOf(37) }));
