import type { Messages } from "../en";
import balances from "./balances";
import catalogue from "./catalogue";
import common from "./common";
import partnerships from "./partnerships";
import profile from "./profile";
import questionnaire from "./questionnaire";
import research from "./research";
import versions from "./versions";
import workshops from "./workshops";

const de = {
  ...common,
  balances,
  catalogue,
  questionnaire,
  versions,
  partnerships,
  workshops,
  profile,
  research,
} satisfies Messages;

export default de;
