-- The dead-letter view DESIGN.md names: jobs that used up their attempts, with the event that
-- started them, for whoever looks at the database directly (a DBA, a report). The engine itself
-- reads jobs; `jobs list --state dead` and the dashboard show the same rows.
CREATE VIEW dead_letters AS
SELECT j.id AS job_id,
       j.flow,
       j.source_ref,
       j.attempts,
       j.last_error,
       j.created_at,
       j.updated_at AS died_at,
       e.connection,
       e.object_id,
       e.version_key,
       e.kind AS event_kind,
       e.received_at AS event_received_at
FROM jobs j
JOIN events e ON e.id = j.event_id
WHERE j.state = 'DEAD';
