ALTER TABLE "documents" ADD COLUMN "category" text DEFAULT 'other' NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "language" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "document_date" date;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "side" text;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "series_id" uuid;--> statement-breakpoint
UPDATE "documents" SET "series_id" = "id";--> statement-breakpoint
ALTER TABLE "documents" ALTER COLUMN "series_id" SET NOT NULL;--> statement-breakpoint
UPDATE "documents" SET "category" = 'baseline_study' WHERE "id" IN (SELECT "baseline_document_id" FROM "indicators" WHERE "baseline_document_id" IS NOT NULL);--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "version" integer DEFAULT 1 NOT NULL;--> statement-breakpoint
ALTER TABLE "documents" ADD COLUMN "superseded_at" timestamp with time zone;--> statement-breakpoint
CREATE INDEX "documents_category_idx" ON "documents" USING btree ("partnership_id","category");--> statement-breakpoint
CREATE UNIQUE INDEX "documents_series_version_uq" ON "documents" USING btree ("series_id","version");--> statement-breakpoint
ALTER TABLE "documents" ADD CONSTRAINT "documents_side" CHECK ("documents"."side" is null or "documents"."side" in ('home', 'partner'));