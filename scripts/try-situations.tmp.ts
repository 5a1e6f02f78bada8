import { situationsBench } from "./bench/situations";
void situationsBench({ distDir: ".next-bench", port: 3191, claims: Number(process.env.CLAIMS ?? 20000), situations: Number(process.env.SITUATIONS ?? 10), places: Number(process.env.PLACES ?? 100) }).then((r) => console.log(JSON.stringify(r, null, 1)));
