CREATE TABLE "metadata_cache" (
	"connection_id" uuid NOT NULL,
	"cache_key" text NOT NULL,
	"payload" jsonb NOT NULL,
	"fetched_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "metadata_cache_connection_id_cache_key_pk" PRIMARY KEY("connection_id","cache_key")
);
--> statement-breakpoint
ALTER TABLE "metadata_cache" ADD CONSTRAINT "metadata_cache_connection_id_connections_id_fk" FOREIGN KEY ("connection_id") REFERENCES "public"."connections"("id") ON DELETE cascade ON UPDATE no action;