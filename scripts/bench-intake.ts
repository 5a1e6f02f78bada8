/** The intake's recall and precision on the labelled reports (scripts/bench/intake.ts); --verbose lists each miss. */
import { benchIntake } from "./bench/intake";

benchIntake(process.argv.includes("--verbose")).catch((error) => {
  console.error(error);
  process.exit(1);
});
