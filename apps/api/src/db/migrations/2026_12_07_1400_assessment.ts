import { type Kysely, sql } from 'kysely'

// Frozen in time: never import app code here, never edit after release; add a new migration instead.
const statements = [
  // The quarterly assessment (季度考核) of a region's centers: the indicators a district admin
  // chose from the reports, each with a whole-number weight (the weights of a region add up to 100, checked
  // when the scheme is saved as a whole) and a target in the indicator's own unit.
  sql`create table assessment_indicators (
    region_id uuid not null references regions (id) on delete cascade,
    indicator text not null check (indicator in (
      'activities_held', 'people', 'person_times', 'room_utilisation', 'service_closing_rate',
      'volunteer_hours', 'records_published', 'record_views', 'bookings')),
    position integer not null check (position between 0 and 19),
    weight integer not null check (weight between 1 and 100),
    target double precision not null check (target > 0 and target < 1e9),
    primary key (region_id, indicator),
    constraint assessment_indicators_position_key unique (region_id, position)
  )`,
  // A closed quarter: its scores are frozen as they were when it was closed.
  sql`create table assessment_quarters (
    region_id uuid not null references regions (id) on delete cascade,
    quarter text not null check (quarter ~ '^[0-9]{4}-Q[1-4]$'),
    closed_at timestamptz not null,
    closed_by uuid references staff (id) on delete set null,
    primary key (region_id, quarter)
  )`,
  // A closed quarter's score of each center, with the breakdown per indicator (indicator, weight,
  // target, actual, points) as it was computed; the center's name is kept as it was then.
  sql`create table assessment_scores (
    region_id uuid not null,
    quarter text not null,
    center_id uuid not null references centers (id) on delete cascade,
    center_name text not null,
    score double precision not null check (score between 0 and 100),
    rank integer not null check (rank >= 1),
    breakdown jsonb not null check (jsonb_typeof(breakdown) = 'array'),
    primary key (region_id, quarter, center_id),
    foreign key (region_id, quarter) references assessment_quarters (region_id, quarter) on delete cascade
  )`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}
