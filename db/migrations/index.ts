import type { Migration } from "kysely";
import * as initial from "./2026-11-25T1000_initial";
import * as accounts from "./2026-11-25T1100_accounts";
import * as assessmentProgress from "./2026-11-25T1200_assessment_progress";
import * as balances from "./2026-11-25T1300_balances";
import * as profiles from "./2026-11-25T1400_profiles";
import * as versions from "./2026-11-25T1500_versions";
import * as apiTokens from "./2026-11-25T1600_api_tokens";
import * as workshops from "./2026-11-25T1700_workshops";

/**
 * Every migration, by time-stamped name. Listed statically (not read from the
 * folder at run time) so that the bundled production server carries them too.
 * Forward-only: never edit an applied migration, add a new one.
 */
export const migrations: Record<string, Migration> = {
  "2026-11-25T1000_initial": initial,
  "2026-11-25T1100_accounts": accounts,
  "2026-11-25T1200_assessment_progress": assessmentProgress,
  "2026-11-25T1300_balances": balances,
  "2026-11-25T1400_profiles": profiles,
  "2026-11-25T1500_versions": versions,
  "2026-11-25T1600_api_tokens": apiTokens,
  "2026-11-25T1700_workshops": workshops,
};
