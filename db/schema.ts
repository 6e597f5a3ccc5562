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
}

export type Municipality = Selectable<MunicipalityTable>;
export type NewMunicipality = Insertable<MunicipalityTable>;
export type MunicipalityUpdate = Updateable<MunicipalityTable>;
export type User = Selectable<UserTable>;
export type Assessment = Selectable<AssessmentTable>;
