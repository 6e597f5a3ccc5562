import type { Messages } from "../en";
import common from "./common";
import questionnaire from "./questionnaire";

const ja = { ...common, questionnaire } satisfies Messages;

export default ja;
