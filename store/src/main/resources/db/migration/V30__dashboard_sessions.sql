-- Dashboard sign-ins. The cookie carries a random id; only its SHA-256 is kept here, so a copy of
-- the database gives no session away. Rows are shared by every node: signing out ends the session
-- everywhere at once. key_mark ties a session to the admin token that opened it (an HMAC, never
-- the token), so a new token ends every older session.
CREATE TABLE dashboard_sessions (
  id_hash CHAR(64) NOT NULL PRIMARY KEY,
  key_mark CHAR(64) NOT NULL,
  created_at TIMESTAMP WITH TIME ZONE NOT NULL,
  expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX dashboard_sessions_expiry ON dashboard_sessions (expires_at);
