-- DropIndex
DROP INDEX "AuditEvent_organizationId_actorId_idx";

-- DropIndex
DROP INDEX "AuditEvent_organizationId_entity_idx";

-- DropIndex
DROP INDEX "Dialogue_organizationId_status_idx";

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_actorId_createdAt_idx" ON "AuditEvent"("organizationId", "actorId", "createdAt");

-- CreateIndex
CREATE INDEX "AuditEvent_organizationId_entity_createdAt_idx" ON "AuditEvent"("organizationId", "entity", "createdAt");

-- CreateIndex
CREATE INDEX "Dialogue_organizationId_status_title_id_idx" ON "Dialogue"("organizationId", "status", "title", "id");

-- CreateIndex
CREATE INDEX "Dialogue_title_idx" ON "Dialogue" USING GIN ("title" gin_trgm_ops);

-- CreateIndex
CREATE INDEX "Dialogue_counterpart_idx" ON "Dialogue" USING GIN ("counterpart" gin_trgm_ops);
