-- PostgreSQL: the calibration JSON of a backend as TEXT (unbounded, TOASTed).
ALTER TABLE backend_state ADD COLUMN calibration_json TEXT;
