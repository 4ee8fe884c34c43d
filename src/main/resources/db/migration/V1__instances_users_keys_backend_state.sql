-- Qrun schema: instances, users, API keys, backend state, settings.
-- Portable SQL for H2 2.2 and PostgreSQL 15. Large text columns differ by vendor and live in
-- db/vendor/{h2,postgresql}/ (Flyway replaces {vendor} in the locations).

CREATE TABLE instances (
    id                  VARCHAR(64)      NOT NULL PRIMARY KEY,
    name                VARCHAR(200)     NOT NULL,
    plan                VARCHAR(16)      NOT NULL,
    share               DOUBLE PRECISION NOT NULL,
    usage_limit_seconds BIGINT,
    usage_period_start  TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    created             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT instances_plan_check CHECK (plan IN ('OPEN', 'PREMIUM')),
    CONSTRAINT instances_share_check CHECK (share > 0)
);

CREATE TABLE users (
    id                  VARCHAR(64)  NOT NULL PRIMARY KEY,
    name                VARCHAR(200) NOT NULL,
    role                VARCHAR(16)  NOT NULL,
    default_instance_id VARCHAR(64)  REFERENCES instances (id),
    created             TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT users_role_check CHECK (role IN ('USER', 'ADMIN'))
);

CREATE TABLE user_instances (
    user_id     VARCHAR(64) NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    instance_id VARCHAR(64) NOT NULL REFERENCES instances (id) ON DELETE CASCADE,
    PRIMARY KEY (user_id, instance_id)
);

-- Only the SHA-256 of a key is stored; the key itself is shown once, when created.
CREATE TABLE api_keys (
    id         VARCHAR(64)  NOT NULL PRIMARY KEY,
    user_id    VARCHAR(64)  NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    key_hash   CHAR(64)     NOT NULL,
    label      VARCHAR(200),
    created    TIMESTAMP(6) WITH TIME ZONE NOT NULL,
    CONSTRAINT api_keys_hash_unique UNIQUE (key_hash)
);

-- Per backend: operator pause and the current calibration (JSON column added per vendor in V2).
CREATE TABLE backend_state (
    backend_name     VARCHAR(64) NOT NULL PRIMARY KEY,
    paused           BOOLEAN     NOT NULL,
    pause_reason     VARCHAR(500),
    last_update_date TIMESTAMP(6) WITH TIME ZONE NOT NULL
);

-- Operator settings (key/value), e.g. the interactive TTL of sessions.
CREATE TABLE settings (
    setting_name VARCHAR(100) NOT NULL PRIMARY KEY,
    setting_value VARCHAR(4000) NOT NULL
);
