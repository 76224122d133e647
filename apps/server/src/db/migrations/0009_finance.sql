CREATE TABLE "budget_rules" (
	"programme_id" uuid PRIMARY KEY NOT NULL,
	"yearly_ceiling" bigint NOT NULL,
	"max_administration_percent" integer NOT NULL,
	"ineligible_categories" text[] NOT NULL,
	"variance_threshold_percent" integer NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "grants" (
	"partnership_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"funding_source" text NOT NULL,
	"amount" bigint NOT NULL,
	"firm" boolean NOT NULL,
	"application_id" uuid,
	"decided_at" timestamp with time zone,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "grants_partnership_id_year_pk" PRIMARY KEY("partnership_id","year"),
	CONSTRAINT "grants_amount_ck" CHECK ("grants"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "instalments" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"funding_source" text NOT NULL,
	"step_code" text NOT NULL,
	"seq" integer NOT NULL,
	"due_date" date,
	"amount" bigint NOT NULL,
	"status" text DEFAULT 'planned' NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by_name" text,
	"override_reason" text,
	"paid_on" date,
	"payment_reference" text,
	"paid_by_name" text,
	"withheld_at" timestamp with time zone,
	"withheld_by_name" text,
	"withheld_reason" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "instalments_amount_ck" CHECK ("instalments"."amount" >= 0),
	CONSTRAINT "instalments_paid_ck" CHECK ("instalments"."status" <> 'paid' OR ("instalments"."paid_on" IS NOT NULL AND "instalments"."payment_reference" IS NOT NULL))
);
--> statement-breakpoint
CREATE TABLE "programme_funds" (
	"programme_id" uuid NOT NULL,
	"funding_source" text NOT NULL,
	"year" integer NOT NULL,
	"amount" bigint NOT NULL,
	"note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_by" uuid,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "programme_funds_programme_id_funding_source_year_pk" PRIMARY KEY("programme_id","funding_source","year"),
	CONSTRAINT "programme_funds_amount_ck" CHECK ("programme_funds"."amount" >= 0)
);
--> statement-breakpoint
CREATE TABLE "work_plan_revisions" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"work_plan_id" uuid NOT NULL,
	"number" integer NOT NULL,
	"reason" text NOT NULL,
	"by_id" uuid,
	"by_name" text,
	"before" jsonb NOT NULL,
	"after" jsonb NOT NULL,
	"total_before" bigint NOT NULL,
	"total_after" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "work_plans" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"content" jsonb NOT NULL,
	"total" bigint DEFAULT 0 NOT NULL,
	"home_total" bigint DEFAULT 0 NOT NULL,
	"partner_total" bigint DEFAULT 0 NOT NULL,
	"approved_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_by_name" text,
	"approved_meeting_id" uuid,
	"approval_note" text,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "budget_rules" ADD CONSTRAINT "budget_rules_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "grants" ADD CONSTRAINT "grants_application_id_applications_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."applications"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "instalments" ADD CONSTRAINT "instalments_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_funds" ADD CONSTRAINT "programme_funds_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_funds" ADD CONSTRAINT "programme_funds_updated_by_users_id_fk" FOREIGN KEY ("updated_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_revisions" ADD CONSTRAINT "work_plan_revisions_work_plan_id_work_plans_id_fk" FOREIGN KEY ("work_plan_id") REFERENCES "public"."work_plans"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plan_revisions" ADD CONSTRAINT "work_plan_revisions_by_id_users_id_fk" FOREIGN KEY ("by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "work_plans" ADD CONSTRAINT "work_plans_approved_meeting_id_annual_meetings_id_fk" FOREIGN KEY ("approved_meeting_id") REFERENCES "public"."annual_meetings"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "grants_source_year_idx" ON "grants" USING btree ("funding_source","year");--> statement-breakpoint
CREATE UNIQUE INDEX "instalments_partnership_year_step_uq" ON "instalments" USING btree ("partnership_id","year","step_code");--> statement-breakpoint
CREATE INDEX "instalments_due_idx" ON "instalments" USING btree ("due_date");--> statement-breakpoint
CREATE INDEX "instalments_source_year_idx" ON "instalments" USING btree ("funding_source","year");--> statement-breakpoint
CREATE UNIQUE INDEX "work_plan_revisions_number_uq" ON "work_plan_revisions" USING btree ("work_plan_id","number");--> statement-breakpoint
CREATE UNIQUE INDEX "work_plans_partnership_year_uq" ON "work_plans" USING btree ("partnership_id","year");--> statement-breakpoint
CREATE INDEX "work_plans_year_idx" ON "work_plans" USING btree ("year");--> statement-breakpoint
-- Grants already decided before this migration: firm for each approved application's own year,
-- indicative for the later years of an initial application (firm ones first, so they win).
INSERT INTO "grants" ("partnership_id", "year", "funding_source", "amount", "firm", "application_id", "decided_at")
SELECT a."partnership_id", (g->>'year')::int, p."funding_source", (g->>'amount')::bigint, (g->>'year')::int = a."year", a."id", a."decided_at"
FROM "applications" a
JOIN "partnerships" p ON p."id" = a."partnership_id"
CROSS JOIN LATERAL jsonb_array_elements(a."granted") g
WHERE a."status" = 'approved' AND a."granted" IS NOT NULL
ORDER BY ((g->>'year')::int = a."year") DESC, a."decided_at" DESC
ON CONFLICT ("partnership_id", "year") DO NOTHING;
