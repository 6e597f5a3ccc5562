/**
 * Table types for Kysely. Both dialects store the same shapes: ids are opaque
 * text, timestamps ISO-8601 text, booleans 0/1 integers and JSON documents text,
 * so one set of queries serves SQLite and PostgreSQL.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from "kysely";

type Timestamp = string;
/** 0 or 1: SQLite has no boolean type. */
type Flag = number;

export interface MunicipalityTable {
  id: string;
  country: "DE" | "JP" | "US";
  region: string;
  name_native: string;
  name_en: string;
  population: number;
  size_class: string;
  kind: string;
  official_code: string | null;
  sharing: ColumnType<string, string | undefined, string>;
  is_demo: ColumnType<Flag, Flag | undefined, Flag>;
  created_at: Timestamp;
}

export interface UserTable {
  id: string;
  email: string;
  display_name: string;
  password_hash: string | null;
  locale: string | null;
  is_demo: ColumnType<Flag, Flag | undefined, Flag>;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface RoleMembershipTable {
  id: string;
  user_id: string;
  role: "admin" | "researcher" | "respondent" | "participant";
  municipality_id: string | null;
  workshop_id: string | null;
  created_at: Timestamp;
}

export interface QuestionnaireVersionTable {
  id: string;
  /** Set when published: 1, 2, 3 ... A draft has none. */
  version_number: number | null;
  status: "draft" | "published";
  content: string;
  content_hash: string | null;
  revision: Generated<number>;
  created_at: Timestamp;
  published_at: Timestamp | null;
  /** The published version a draft started from (its changelog is computed against the newest published one). */
  based_on_id: ColumnType<string | null, string | null | undefined, string | null>;
  created_by: ColumnType<string | null, string | null | undefined, string | null>;
  updated_at: ColumnType<Timestamp | null, Timestamp | null | undefined, Timestamp | null>;
  published_by: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON of the Changelog against the previous version, written when published. */
  changelog: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface AssessmentTable {
  id: string;
  municipality_id: string;
  questionnaire_version_id: string;
  reporting_year: number;
  status: "in_progress" | "submitted";
  answers: string;
  revision: Generated<number>;
  created_at: Timestamp;
  updated_at: Timestamp;
  submitted_at: Timestamp | null;
  current_page: ColumnType<string | null, string | null | undefined, string | null>;
  /** JSON of CarryOverMarks, or null for a first round. */
  carry_over: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface PartnershipTable {
  id: string;
  municipality_a_id: string;
  municipality_b_id: string;
  kind: "sister_city" | "climate_partnership";
  since_year: number | null;
  status: "active" | "planned" | "ended";
  contact: string | null;
  created_at: Timestamp;
}

export interface AuditLogTable {
  id: string;
  actor_user_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  details: string | null;
  created_at: Timestamp;
}

export interface UserSessionTable {
  id: string;
  user_id: string;
  created_at: Timestamp;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  revoked_at: Timestamp | null;
}

export interface OneTimeLinkTable {
  id: string;
  token_hash: string;
  purpose: "invitation" | "password_reset";
  email: string;
  role: RoleMembershipTable["role"] | null;
  municipality_id: string | null;
  workshop_id: string | null;
  created_by: string | null;
  created_at: Timestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface SignInAttemptTable {
  id: string;
  email: string;
  address: string;
  succeeded: Flag;
  created_at: Timestamp;
}

/** One CO2 balance per municipality and year: t CO2e by sector (null = not reported), MWh final energy. */
export interface Co2BalanceTable {
  id: string;
  municipality_id: string;
  year: number;
  population: number;
  households_t: number | null;
  commerce_t: number | null;
  industry_t: number | null;
  municipal_t: number | null;
  transport_road_t: number | null;
  transport_rail_t: number | null;
  transport_other_t: number | null;
  waste_t: number | null;
  other_t: number | null;
  total_t: number;
  energy_households_mwh: number | null;
  energy_commerce_mwh: number | null;
  energy_industry_mwh: number | null;
  energy_municipal_mwh: number | null;
  energy_transport_mwh: number | null;
  standard: string;
  electricity_method: string;
  data_quality: string;
  source: string | null;
  /** JSON array of confirmed plausibility warnings, or null. */
  confirmed_warnings: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface Co2TargetTable {
  municipality_id: string;
  base_year: number;
  base_year_total_t: number | null;
  target_year: number | null;
  reduction_percent: number | null;
  net_zero_year: number | null;
  updated_at: Timestamp;
}

/** A CSV file after its dry run, waiting to be confirmed. */
export interface Co2BalanceImportTable {
  id: string;
  created_by: string;
  file_name: string | null;
  content: string;
  content_hash: string;
  created_at: Timestamp;
  applied_at: Timestamp | null;
}

/** A workshop where cities meet; languages is a JSON list of de|en|ja, the first being the dossier's. */
export interface WorkshopTable {
  id: string;
  title: string;
  /** ISO date YYYY-MM-DD. */
  held_on: string;
  place: string;
  languages: string;
  created_by: string | null;
  created_at: Timestamp;
  updated_at: Timestamp;
}

export interface WorkshopMunicipalityTable {
  workshop_id: string;
  municipality_id: string;
  created_at: Timestamp;
}

/** A comment on a recommendation (municipality and measure) or on a group topic (no municipality). */
export interface WorkshopCommentTable {
  id: string;
  workshop_id: string;
  municipality_id: string | null;
  measure_id: string;
  parent_id: string | null;
  author_user_id: string | null;
  body: string;
  created_at: Timestamp;
  edited_at: Timestamp | null;
}

/** "Want to discuss": one per person and item. */
export interface WorkshopMarkTable {
  id: string;
  workshop_id: string;
  municipality_id: string | null;
  measure_id: string;
  user_id: string;
  created_at: Timestamp;
}

export interface PartnershipInterestTable {
  from_municipality_id: string;
  to_municipality_id: string;
  created_by: string | null;
  created_at: Timestamp;
}

/** A personal API token: only its SHA-256 is stored; revoked or expired tokens answer 401. */
export interface ApiTokenTable {
  id: string;
  user_id: string;
  name: string;
  token_hash: string;
  /** The first characters of the token, to tell tokens apart (not enough to use one). */
  token_prefix: string;
  created_at: Timestamp;
  expires_at: Timestamp | null;
  last_used_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

/** Derived: the figures of one submitted assessment's activity profile (recomputable). */
export interface AssessmentProfileTable {
  assessment_id: string;
  municipality_id: string;
  country: "DE" | "JP" | "US";
  size_class: string;
  questionnaire_version: number;
  reporting_year: number;
  /** 1 for the municipality's latest submitted round: the one peers compare against. */
  is_latest: Flag;
  overall_activity: number | null;
  overall_absolute: number | null;
  overall_scope: number | null;
  development_planning_activity: number | null;
  development_planning_absolute: number | null;
  development_planning_scope: number | null;
  municipal_assets_activity: number | null;
  municipal_assets_absolute: number | null;
  municipal_assets_scope: number | null;
  supply_disposal_activity: number | null;
  supply_disposal_absolute: number | null;
  supply_disposal_scope: number | null;
  mobility_activity: number | null;
  mobility_absolute: number | null;
  mobility_scope: number | null;
  internal_organisation_activity: number | null;
  internal_organisation_absolute: number | null;
  internal_organisation_scope: number | null;
  communication_cooperation_activity: number | null;
  communication_cooperation_absolute: number | null;
  communication_cooperation_scope: number | null;
  /** JSON array of the ids of implemented measures. */
  implemented: string;
  computed_at: Timestamp;
}

/** Derived: the distribution of activity per peer group and figure (overall or a field). */
export interface PeerDistributionTable {
  group_kind: string;
  group_key: string;
  figure: string;
  n: number;
  min: number;
  q1: number;
  median: number;
  q3: number;
  max: number;
  computed_at: Timestamp;
}

/** Derived: per peer group and measure, how many members implemented it ('' = the member count). */
export interface PeerUptakeTable {
  group_kind: string;
  group_key: string;
  measure_id: string;
  implemented: number;
  computed_at: Timestamp;
}

/** What a municipality's staff said about a recommended measure. */
export interface RecommendationMarkTable {
  id: string;
  municipality_id: string;
  measure_id: string;
  assessment_id: string | null;
  mark: "interested" | "already_planned" | "not_for_us";
  reason: string | null;
  set_by: string | null;
  updated_at: Timestamp;
}

export interface Database {
  municipality: MunicipalityTable;
  app_user: UserTable;
  role_membership: RoleMembershipTable;
  questionnaire_version: QuestionnaireVersionTable;
  assessment: AssessmentTable;
  partnership: PartnershipTable;
  audit_log: AuditLogTable;
  user_session: UserSessionTable;
  one_time_link: OneTimeLinkTable;
  sign_in_attempt: SignInAttemptTable;
  co2_balance: Co2BalanceTable;
  co2_target: Co2TargetTable;
  co2_balance_import: Co2BalanceImportTable;
  api_token: ApiTokenTable;
  workshop: WorkshopTable;
  workshop_municipality: WorkshopMunicipalityTable;
  workshop_comment: WorkshopCommentTable;
  workshop_mark: WorkshopMarkTable;
  partnership_interest: PartnershipInterestTable;
  assessment_profile: AssessmentProfileTable;
  peer_distribution: PeerDistributionTable;
  peer_uptake: PeerUptakeTable;
  recommendation_mark: RecommendationMarkTable;
}

export type Municipality = Selectable<MunicipalityTable>;
export type NewMunicipality = Insertable<MunicipalityTable>;
export type MunicipalityUpdate = Updateable<MunicipalityTable>;
export type User = Selectable<UserTable>;
export type Assessment = Selectable<AssessmentTable>;
