package io.qrun.domain.setting;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * One row of the server's key/value table ({@code settings}, V1): values the server creates for
 * itself and must keep across restarts and share between nodes, such as the token signing key.
 * Operator settings that a person sets live in MicroProfile Config (docs/configuration.md), not here.
 */
@Entity
@Table(name = "settings")
public class Setting {

    @Id
    @Column(name = "setting_name", length = 100)
    private String name;

    @Column(name = "setting_value", nullable = false, length = 4000)
    private String value;

    protected Setting() {
        // for JPA
    }

    public Setting(String name, String value) {
        this.name = Objects.requireNonNull(name, "name");
        this.value = Objects.requireNonNull(value, "value");
    }

    public String name() {
        return name;
    }

    public String value() {
        return value;
    }
}
