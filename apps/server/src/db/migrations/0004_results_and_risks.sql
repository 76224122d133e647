CREATE TABLE "risk_registers" (
	"partnership_id" uuid PRIMARY KEY NOT NULL,
	"state" text DEFAULT 'draft' NOT NULL,
	"completed_at" timestamp with time zone,
	"completed_by_id" uuid,
	"completed_by_name" text,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_registers_state" CHECK ("risk_registers"."state" in ('draft', 'complete'))
);
--> statement-breakpoint
CREATE TABLE "risk_reviews" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"risk_id" uuid NOT NULL,
	"reviewed_on" date NOT NULL,
	"probability" integer NOT NULL,
	"consequence" integer NOT NULL,
	"assumption_status" text NOT NULL,
	"corrective_action" text DEFAULT '' NOT NULL,
	"reviewer_id" uuid,
	"reviewer_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_reviews_scores" CHECK ("risk_reviews"."probability" between 1 and 5 and "risk_reviews"."consequence" between 1 and 5)
);
--> statement-breakpoint
CREATE TABLE "risk_settings" (
	"programme_id" uuid PRIMARY KEY NOT NULL,
	"probability_labels" jsonb NOT NULL,
	"consequence_labels" jsonb NOT NULL,
	"medium_from" integer DEFAULT 5 NOT NULL,
	"high_from" integer DEFAULT 10 NOT NULL,
	"review_interval_months" integer DEFAULT 12 NOT NULL,
	"version" integer DEFAULT 1 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risk_settings_bands" CHECK ("risk_settings"."medium_from" >= 2 and "risk_settings"."medium_from" < "risk_settings"."high_from" and "risk_settings"."high_from" <= 25),
	CONSTRAINT "risk_settings_interval" CHECK ("risk_settings"."review_interval_months" between 1 and 60)
);
--> statement-breakpoint
CREATE TABLE "risks" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"result_id" uuid,
	"description" text NOT NULL,
	"category" text NOT NULL,
	"origin" text NOT NULL,
	"owner" text NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"identified_on" date NOT NULL,
	"probability" integer NOT NULL,
	"consequence" integer NOT NULL,
	"current_probability" integer NOT NULL,
	"current_consequence" integer NOT NULL,
	"last_reviewed_on" date,
	"response_type" text,
	"measures" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tolerance_justification" text,
	"tolerance_accepted_by" text,
	"tolerance_accepted_on" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "risks_scores" CHECK ("risks"."probability" between 1 and 5 and "risks"."consequence" between 1 and 5),
	CONSTRAINT "risks_current_scores" CHECK ("risks"."current_probability" between 1 and 5 and "risks"."current_consequence" between 1 and 5),
	CONSTRAINT "risks_status" CHECK ("risks"."status" in ('open', 'closed'))
);
--> statement-breakpoint
CREATE TABLE "documents" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"file_name" text NOT NULL,
	"media_type" text NOT NULL,
	"size" integer NOT NULL,
	"sha256" text NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid,
	"uploaded_by_name" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "documents_size" CHECK ("documents"."size" = octet_length("documents"."content"))
);
--> statement-breakpoint
CREATE TABLE "indicator_targets" (
	"indicator_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	CONSTRAINT "indicator_targets_indicator_id_year_pk" PRIMARY KEY("indicator_id","year")
);
--> statement-breakpoint
CREATE TABLE "indicator_values" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"indicator_id" uuid NOT NULL,
	"partnership_id" uuid NOT NULL,
	"year" integer NOT NULL,
	"value" double precision NOT NULL,
	"comment" text,
	"status" text DEFAULT 'draft' NOT NULL,
	"return_comment" text,
	"entered_by" uuid,
	"entered_by_name" text,
	"entered_at" timestamp with time zone DEFAULT now() NOT NULL,
	"submitted_at" timestamp with time zone,
	"approved_by" uuid,
	"approved_by_name" text,
	"approved_at" timestamp with time zone,
	"returned_by" uuid,
	"returned_by_name" text,
	"returned_at" timestamp with time zone,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicator_values_status" CHECK ("indicator_values"."status" in ('draft', 'submitted', 'approved', 'returned'))
);
--> statement-breakpoint
CREATE TABLE "indicators" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"result_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"name" jsonb NOT NULL,
	"definition" text,
	"kind" text NOT NULL,
	"measure" text,
	"unit" text,
	"direction" text DEFAULT 'ascending' NOT NULL,
	"aggregation" text DEFAULT 'per_year' NOT NULL,
	"scale" jsonb,
	"data_source" text,
	"baseline_value" double precision,
	"baseline_description" text,
	"baseline_date" date,
	"baseline_source" text,
	"baseline_document_id" uuid,
	"end_target" double precision,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "indicators_kind" CHECK ("indicators"."kind" in ('quantitative', 'qualitative')),
	CONSTRAINT "indicators_measure" CHECK ("indicators"."measure" is null or "indicators"."measure" in ('number', 'percentage')),
	CONSTRAINT "indicators_direction" CHECK ("indicators"."direction" in ('ascending', 'descending')),
	CONSTRAINT "indicators_aggregation" CHECK ("indicators"."aggregation" in ('cumulative', 'per_year'))
);
--> statement-breakpoint
CREATE TABLE "results" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"partnership_id" uuid NOT NULL,
	"parent_id" uuid,
	"level" text NOT NULL,
	"position" integer NOT NULL,
	"statement" jsonb NOT NULL,
	"owner" text NOT NULL,
	"purpose" text,
	"justification" text,
	"start_date" date,
	"end_date" date,
	"version" integer DEFAULT 1 NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_level" CHECK ("results"."level" in ('impact', 'outcome', 'output', 'activity')),
	CONSTRAINT "results_owner" CHECK ("results"."owner" in ('partner', 'home', 'both')),
	CONSTRAINT "results_impact_top" CHECK (("results"."level" = 'impact') = ("results"."parent_id" is null)),
	CONSTRAINT "results_dates" CHECK ("results"."end_date" is null or "results"."start_date" is null or "results"."end_date" >= "results"."start_date")
);
--> statement-breakpoint
CREATE TABLE "results_settings" (
	"programme_id" uuid PRIMARY KEY NOT NULL,
	"max_indicators_per_outcome" integer DEFAULT 3 NOT NULL,
	"max_indicators_per_partnership" integer DEFAULT 12 NOT NULL,
	"on_track_percent" double precision DEFAULT 90 NOT NULL,
	"at_risk_percent" double precision DEFAULT 60 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_settings_thresholds" CHECK ("results_settings"."at_risk_percent" >= 0 and "results_settings"."at_risk_percent" <= "results_settings"."on_track_percent" and "results_settings"."on_track_percent" <= 100)
);
--> statement-breakpoint
ALTER TABLE "risk_registers" ADD CONSTRAINT "risk_registers_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_registers" ADD CONSTRAINT "risk_registers_completed_by_id_users_id_fk" FOREIGN KEY ("completed_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_reviews" ADD CONSTRAINT "risk_reviews_risk_id_risks_id_fk" FOREIGN KEY ("risk_id") REFERENCES "public"."risks"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_reviews" ADD CONSTRAINT "risk_reviews_reviewer_id_users_id_fk" FOREIGN KEY ("reviewer_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risk_settings" ADD CONSTRAINT "risk_settings_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "risks" ADD CONSTRAINT "risks_result_id_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."results"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_targets" ADD CONSTRAINT "indicator_targets_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_indicator_id_indicators_id_fk" FOREIGN KEY ("indicator_id") REFERENCES "public"."indicators"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_entered_by_users_id_fk" FOREIGN KEY ("entered_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_approved_by_users_id_fk" FOREIGN KEY ("approved_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicator_values" ADD CONSTRAINT "indicator_values_returned_by_users_id_fk" FOREIGN KEY ("returned_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_result_id_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "indicators" ADD CONSTRAINT "indicators_baseline_document_id_documents_id_fk" FOREIGN KEY ("baseline_document_id") REFERENCES "public"."documents"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_partnership_id_partnerships_id_fk" FOREIGN KEY ("partnership_id") REFERENCES "public"."partnerships"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_parent_id_results_id_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."results"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results_settings" ADD CONSTRAINT "results_settings_programme_id_programmes_id_fk" FOREIGN KEY ("programme_id") REFERENCES "public"."programmes"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "risk_reviews_risk_idx" ON "risk_reviews" USING btree ("risk_id","reviewed_on");--> statement-breakpoint
CREATE INDEX "risks_partnership_idx" ON "risks" USING btree ("partnership_id","status");--> statement-breakpoint
CREATE INDEX "risks_current_rating_idx" ON "risks" USING btree ("status",("current_probability" * "current_consequence") desc);--> statement-breakpoint
CREATE INDEX "risks_result_idx" ON "risks" USING btree ("result_id");--> statement-breakpoint
CREATE INDEX "documents_partnership_idx" ON "documents" USING btree ("partnership_id","created_at");--> statement-breakpoint
CREATE INDEX "indicator_targets_partnership_idx" ON "indicator_targets" USING btree ("partnership_id");--> statement-breakpoint
CREATE UNIQUE INDEX "indicator_values_year_uq" ON "indicator_values" USING btree ("indicator_id","year");--> statement-breakpoint
CREATE INDEX "indicator_values_partnership_idx" ON "indicator_values" USING btree ("partnership_id");--> statement-breakpoint
CREATE INDEX "indicators_partnership_idx" ON "indicators" USING btree ("partnership_id","result_id","position");--> statement-breakpoint
CREATE INDEX "indicators_result_idx" ON "indicators" USING btree ("result_id");--> statement-breakpoint
CREATE INDEX "results_partnership_idx" ON "results" USING btree ("partnership_id","parent_id","position");--> statement-breakpoint
CREATE UNIQUE INDEX "results_one_impact_uq" ON "results" USING btree ("partnership_id") WHERE "results"."level" = 'impact';