package io.qrun.application.accounts;

import jakarta.enterprise.context.RequestScoped;

/**
 * Who is calling: the user behind the API key, the instance the request acts for (the
 * {@code Service-CRN} header, else the user's default instance) and whether the user is an admin.
 * The authentication filter fills the request-scoped bean before any resource runs; code outside
 * a request (batch steps, timers) makes its own with {@link #of} or {@link #system()}.
 */
@RequestScoped
public class Caller {

    private String userId;
    private String instanceId;
    private boolean admin;
    private boolean authenticated;

    /** For CDI; the filter calls {@link #authenticate}. */
    public Caller() {
    }

    public static Caller of(String userId, String instanceId, boolean admin) {
        Caller c = new Caller();
        c.authenticate(userId, instanceId, admin);
        return c;
    }

    /** The server acting on its own behalf (scheduler, timers, recovery): an admin of no instance. */
    public static Caller system() {
        return of("system", null, true);
    }

    public void authenticate(String userId, String instanceId, boolean admin) {
        this.userId = userId;
        this.instanceId = instanceId;
        this.admin = admin;
        this.authenticated = true;
    }

    public String userId() {
        return userId;
    }

    public String instanceId() {
        return instanceId;
    }

    public boolean isAdmin() {
        return admin;
    }

    public boolean isAuthenticated() {
        return authenticated;
    }

    /** A plain copy that outlives the request (for handing to asynchronous work). */
    public Caller snapshot() {
        Caller c = new Caller();
        c.userId = userId;
        c.instanceId = instanceId;
        c.admin = admin;
        c.authenticated = authenticated;
        return c;
    }

    @Override
    public String toString() {
        return "Caller[user=" + userId + ", instance=" + instanceId + ", admin=" + admin + "]";
    }
}
