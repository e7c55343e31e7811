CREATE TYPE "public"."inspection_kind" AS ENUM('PATROL', 'CIRCUIT');--> statement-breakpoint
-- Existing inspections take the kind of their level (市委、县委巡察; 中央、省委巡视); new ones always name theirs.
ALTER TABLE "inspections" ADD COLUMN "kind" "inspection_kind" NOT NULL DEFAULT 'PATROL';--> statement-breakpoint
UPDATE "inspections" SET "kind" = 'CIRCUIT' WHERE "level" IN ('MUNICIPAL', 'COUNTY');--> statement-breakpoint
ALTER TABLE "inspections" ALTER COLUMN "kind" DROP DEFAULT;
