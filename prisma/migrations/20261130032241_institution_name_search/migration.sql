-- CreateIndex
CREATE INDEX "Institution_name_idx" ON "Institution" USING GIN ("name" gin_trgm_ops);
