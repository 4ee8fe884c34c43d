package io.qrun.domain.user;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;

/**
 * A person or program that calls the API with its API keys. It belongs to one or more instances
 * and acts for its default instance unless a request's {@code Service-CRN} names another one.
 */
@Entity
@Table(name = "users")
public class User {

    @Id
    @Column(name = "id", length = 64)
    private String id;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @Column(name = "role", nullable = false, length = 16)
    private Role role;

    @Column(name = "default_instance_id", length = 64)
    private String defaultInstanceId;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_instances", joinColumns = @JoinColumn(name = "user_id"))
    @Column(name = "instance_id", length = 64)
    private Set<String> instanceIds = new TreeSet<>();

    @Column(name = "created", nullable = false)
    private Instant created;

    protected User() {
        // for JPA
    }

    public User(String id, String name, Role role, Collection<String> instanceIds, String defaultInstanceId, Instant now) {
        this.id = id;
        this.name = name;
        this.role = role;
        this.instanceIds = new TreeSet<>(instanceIds);
        this.defaultInstanceId = defaultInstanceId;
        this.created = now;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public Role getRole() {
        return role;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN;
    }

    public String getDefaultInstanceId() {
        return defaultInstanceId;
    }

    public Set<String> getInstanceIds() {
        return new TreeSet<>(instanceIds);
    }

    public boolean belongsTo(String instanceId) {
        return instanceIds.contains(instanceId);
    }

    public Instant getCreated() {
        return created;
    }
}
