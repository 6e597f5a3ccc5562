import type { Messages } from "../en";
import common from "./common";
import questionnaire from "./questionnaire";

const de = { ...common, questionnaire } satisfies Messages;

export default de;
