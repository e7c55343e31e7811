CREATE SCHEMA "file_store";
--> statement-breakpoint
CREATE TABLE "file_store"."chunks" (
	"sha256" text NOT NULL,
	"n" integer NOT NULL,
	"bytes" "bytea" NOT NULL,
	CONSTRAINT "chunks_sha256_n_pk" PRIMARY KEY("sha256","n")
);
--> statement-breakpoint
CREATE TABLE "file_store"."files" (
	"sha256" text PRIMARY KEY NOT NULL,
	"size" bigint NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "files_sha256_hex" CHECK ("file_store"."files"."sha256" ~ '^[0-9a-f]{64}$')
);
--> statement-breakpoint
ALTER TABLE "file_store"."chunks" ADD CONSTRAINT "chunks_sha256_files_sha256_fk" FOREIGN KEY ("sha256") REFERENCES "file_store"."files"("sha256") ON DELETE cascade ON UPDATE no action;