package io.qrun.application.accounts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * How long the tokens of the IAM exchange ({@code POST /api/v1/identity/token}) live. Read when
 * used, so a changed system property applies to the next token (docs/configuration.md).
 */
@ApplicationScoped
public class IamSettings {

    /** IBM Cloud IAM's access tokens live an hour; Qrun keeps that default. */
    @Inject
    @ConfigProperty(name = "qrun.iam.token-lifetime-seconds", defaultValue = "3600")
    Provider<Long> tokenLifetimeSeconds;

    /** IBM Cloud IAM's refresh tokens live 30 days. */
    @Inject
    @ConfigProperty(name = "qrun.iam.refresh-token-lifetime-seconds", defaultValue = "2592000")
    Provider<Long> refreshTokenLifetimeSeconds;

    public long tokenLifetimeSeconds() {
        return Math.max(1, tokenLifetimeSeconds.get());
    }

    public long refreshTokenLifetimeSeconds() {
        return Math.max(1, refreshTokenLifetimeSeconds.get());
    }
}
