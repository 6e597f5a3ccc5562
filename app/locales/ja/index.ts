import type { Messages } from "../en";
import catalogue from "./catalogue";
import common from "./common";
import questionnaire from "./questionnaire";

const ja = { ...common, catalogue, questionnaire } satisfies Messages;

export default ja;
