-- H2: the calibration JSON of a backend (tens of kilobytes for 127 qubits) as a CLOB.
ALTER TABLE backend_state ADD COLUMN calibration_json CHARACTER LARGE OBJECT;
