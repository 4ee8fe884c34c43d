package io.qrun.domain.user;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API key of a user. Only the key's SHA-256 is stored (see ApiKeys); the key itself is shown once. */
@Entity
@Table(name = "api_keys")
public class ApiKey {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "user_id", nullable = false, length = 64)
    private String userId;

    @Column(name = "key_hash", nullable = false, length = 64)
    private String keyHash;

    @Column(name = "label", length = 200)
    private String label;

    @Column(name = "created", nullable = false)
    private Instant created;

    protected ApiKey() {
        // for JPA
    }

    public ApiKey(String id, String userId, String keyHash, String label, Instant created) {
        this.id = id;
        this.userId = userId;
        this.keyHash = keyHash;
        this.label = label;
        this.created = created;
    }

    public String getId() {
        return id;
    }

    public String getUserId() {
        return userId;
    }

    public String getKeyHash() {
        return keyHash;
    }

    public String getLabel() {
        return label;
    }

    public Instant getCreated() {
        return created;
    }
}
