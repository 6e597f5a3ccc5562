import type { Messages } from "../en";
import balances from "./balances";
import catalogue from "./catalogue";
import common from "./common";
import questionnaire from "./questionnaire";

const ja = { ...common, balances, catalogue, questionnaire } satisfies Messages;

export default ja;
