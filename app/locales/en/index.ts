/**
 * English is the source locale: German and Japanese must have exactly these keys
 * (their index files check it). One file per feature keeps parallel work apart:
 * a feature adds `<feature>.ts` in each language and one line here.
 */
import type { DeepStrings } from "../types";
import balances from "./balances";
import catalogue from "./catalogue";
import common from "./common";
import partnerships from "./partnerships";
import profile from "./profile";
import questionnaire from "./questionnaire";
import research from "./research";
import versions from "./versions";
import workshops from "./workshops";

const en = { ...common, balances, catalogue, questionnaire, versions, partnerships, workshops, profile, research };

export default en;
export type Messages = DeepStrings<typeof en>;
