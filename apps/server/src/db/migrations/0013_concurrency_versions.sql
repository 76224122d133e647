ALTER TABLE "cycle_dates" ALTER COLUMN "date" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "deadline_completions" ALTER COLUMN "met_at" DROP NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "metadata_version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "cycle_dates" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "deadline_completions" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;