-- A flow switched off in the admin API: its jobs are still created (no change is lost) but no
-- worker claims them until the flow is enabled again. A row here means "disabled".
CREATE TABLE disabled_flows (
  flow VARCHAR(200) NOT NULL PRIMARY KEY,
  disabled_at TIMESTAMP WITH TIME ZONE NOT NULL,
  disabled_by VARCHAR(200)
);
