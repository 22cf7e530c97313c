ALTER TABLE "import_chunks" ADD COLUMN "child_record_numbers" jsonb;--> statement-breakpoint
ALTER TABLE "import_chunks" ADD COLUMN "child_counts" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "family_parent_id" uuid;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "family_position" integer;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "key_column" integer;--> statement-breakpoint
ALTER TABLE "imports" ADD COLUMN "family_relation" jsonb;--> statement-breakpoint
ALTER TABLE "imports" ADD CONSTRAINT "imports_family_parent_id_imports_id_fk" FOREIGN KEY ("family_parent_id") REFERENCES "public"."imports"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "imports_family_parent_id_idx" ON "imports" USING btree ("family_parent_id");