-- What a flow's rights gate last wrote back to the source about a blocked asset (the gate's
-- back: mapping), as fingerprints per field. Writing to the source makes a change there, whose job
-- finds the asset still blocked for the same reason: equal fingerprints stop it writing again.
CREATE TABLE blocked_notices (
  flow VARCHAR(200) NOT NULL,
  source_ref VARCHAR(1200) NOT NULL,
  field VARCHAR(300) NOT NULL,
  fingerprint VARCHAR(300) NOT NULL,
  updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
  PRIMARY KEY (flow, source_ref, field)
);
