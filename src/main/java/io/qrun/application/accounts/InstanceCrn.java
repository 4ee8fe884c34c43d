package io.qrun.application.accounts;

/**
 * Instances named as IBM Cloud Resource Names, the form the Qiskit client uses for every instance
 * (it sends the CRN as {@code Service-CRN} and as a session's {@code instance}). Qrun's CRN of
 * instance {@code demo} is {@code crn:v1:qrun:local:quantum-computing:local:a/qrun:demo::}: the
 * fields of IBM's format (crn:version:cname:ctype:service-name:location:scope:service-instance:
 * resource-type:resource), with the instance id as the service instance. Instance ids never contain
 * ':' (AccountService's id rule), so the id is always recoverable.
 */
public final class InstanceCrn {

    static final String PREFIX = "crn:v1:qrun:local:quantum-computing:local:a/qrun:";
    private static final int SERVICE_INSTANCE = 7;

    private InstanceCrn() {
    }

    public static String of(String instanceId) {
        return PREFIX + instanceId + "::";
    }

    /**
     * The instance id of an instance reference: the id itself, or a CRN's service-instance field
     * (Qrun's CRNs and IBM's alike, so that a client configured with either works unchanged).
     */
    public static String instanceIdOf(String reference) {
        String value = reference.trim();
        if (value.startsWith("crn:")) {
            String[] parts = value.split(":", -1);
            if (parts.length > SERVICE_INSTANCE && !parts[SERVICE_INSTANCE].isBlank()) {
                return parts[SERVICE_INSTANCE];
            }
        }
        return value;
    }
}
