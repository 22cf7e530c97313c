ALTER TABLE "import_chunks" ADD COLUMN "sent_by_token" bigint;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "lease_owner" uuid;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "lease_token" bigint DEFAULT 0 NOT NULL;