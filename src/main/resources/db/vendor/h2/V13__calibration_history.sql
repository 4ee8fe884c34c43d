-- Calibration history (docs/backends.md, "Calibrations"): every calibration a backend had, with
-- the id that the API's properties show and that a job or a properties query may name
-- (calibration_id). backend_state.calibration_id is the current one. Old entries are pruned to
-- qrun.backends.calibrations-kept per backend, sparing those that unfinished jobs name.
CREATE TABLE calibrations (
    id               VARCHAR(40)  NOT NULL PRIMARY KEY,
    backend_name     VARCHAR(64)  NOT NULL,
    calibrated_at    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    calibration_json CHARACTER LARGE OBJECT NOT NULL
);
CREATE INDEX calibrations_backend_time ON calibrations (backend_name, calibrated_at);

ALTER TABLE backend_state ADD COLUMN calibration_id VARCHAR(40);
ALTER TABLE jobs ADD COLUMN calibration_id VARCHAR(40);
CREATE INDEX jobs_calibration ON jobs (calibration_id);
