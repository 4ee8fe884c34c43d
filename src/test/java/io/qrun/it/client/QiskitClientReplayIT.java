package io.qrun.it.client;

import static io.qrun.it.client.QiskitClientCalls.claims;
import static io.qrun.it.client.QiskitClientCalls.expect;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.engine.qpy.QpyTestWriter;
import io.qrun.it.QrunIT;
import io.qrun.it.api.ApiClient;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * Replays over HTTP what qiskit-ibm-runtime 0.49 does for a user script (the calls and headers of
 * {@link QiskitClientCalls}), and reads the answers the way the client does:
 *
 * <pre>
 * service = QiskitRuntimeService(token=KEY, instance=CRN, url_resolver=...)   # token, search, catalog
 * backend = service.backend("it_noisy")                                       # /backends, configuration
 * backend.target; backend.status()                                            # properties, status
 * SamplerV2(mode=backend).run([pub]).result(); EstimatorV2(...).run(...).result()
 * service.usage()
 * </pre>
 *
 * Circuits are QPY payloads written by real Qiskit (src/test/resources/qpy, README there names each
 * source), except the Sampler's measured Bell circuit: no public test data has a measured QPY
 * circuit (and Qrun's Sampler refuses a circuit without classical bits, where the client only warns),
 * so that one is written by the test-only QpyTestWriter and is synthetic. Sessions and batches are the
 * Sessions API's (being built separately) and are not replayed here.
 */
class QiskitClientReplayIT extends QrunIT {

    private static final Duration DEADLINE = Duration.ofSeconds(120);
    private static final Set<String> CLIENT_FINAL = Set.of("COMPLETED", "FAILED", "CANCELLED");

    /** QiskitRuntimeService(token=..., instance=<its CRN>): the token exchange, then list_instances. */
    private QiskitClientCalls service(ApiClient tenant) {
        QiskitClientCalls client = new QiskitClientCalls(baseUrl.toExternalForm(), tenant.key());
        Map<String, Object> token = expect(200, client.requestToken()).map();
        assertEquals("Bearer", token.get("token_type"));
        String crn = "crn:v1:qrun:local:quantum-computing:local:a/qrun:" + tenant.instanceId() + "::";
        Map<String, Object> search = expect(200, client.search(null)).map();
        assertFalse(search.containsKey("search_cursor"), "one page: the client would ask again while a cursor is given");
        List<?> items = (List<?>) search.get("items");
        assertEquals(1, items.size(), search.toString());
        Map<?, ?> item = (Map<?, ?>) items.get(0);
        assertEquals(Set.of("crn", "service_plan_unique_id", "name", "doc", "tags"), item.keySet());
        assertEquals(crn, item.get("crn"));
        assertEquals(List.of(), item.get("tags"));
        Map<?, ?> extensions = (Map<?, ?>) ((Map<?, ?>) item.get("doc")).get("extensions");
        assertFalse(extensions.isEmpty(), "the client skips an instance whose doc.extensions is empty");
        Map<String, Object> entry = expect(200, client.catalogEntry((String) item.get("service_plan_unique_id"))).map();
        // plan_name = overview_ui.en.display_name.lower(); pricing_type = metadata.pricing.type.lower()
        assertEquals("premium", ((String) ((Map<?, ?>) ((Map<?, ?>) entry.get("overview_ui")).get("en")).get("display_name")).toLowerCase());
        String pricing = ((String) ((Map<?, ?>) ((Map<?, ?>) entry.get("metadata")).get("pricing")).get("type")).toLowerCase();
        assertTrue(List.of("free", "trial", "paygo", "paid", "subscription", "unknown").contains(pricing), pricing);
        return client.withInstance(crn);
    }

    @Test
    void tokenExchangeAnswersAJwtTheSdkCanSchedule() {
        ApiClient tenant = ApiClient.admin(baseUrl).newTenant("premium", null);
        QiskitClientCalls client = new QiskitClientCalls(baseUrl.toExternalForm(), tenant.key());
        long before = Instant.now().getEpochSecond();
        Map<String, Object> token = expect(200, client.requestToken()).map();
        Map<String, Object> access = claims((String) token.get("access_token"));
        // JWTTokenManager._save_token_info: exp and iat decide when it asks again
        long iat = ((Number) access.get("iat")).longValue();
        long exp = ((Number) access.get("exp")).longValue();
        assertTrue(iat >= before - 1 && iat <= Instant.now().getEpochSecond() + 1, "iat " + iat);
        assertEquals(3600, exp - iat);
        assertEquals(3600L, ((Number) token.get("expires_in")).longValue());
        assertEquals(exp, ((Number) token.get("expiration")).longValue());
        assertEquals(tenant.userId(), access.get("sub"));
        assertNotNull(claims((String) token.get("refresh_token")).get("exp"));
        // the token opens the API like the key does, and the key keeps working
        assertEquals(tenant.userId(), expect(200, tenant.withKey(client.accessToken()).get("users/me")).map().get("id"));
        assertEquals(tenant.userId(), expect(200, tenant.get("users/me")).map().get("id"));
    }

    @Test
    void backendOfTheServiceHasAConfigurationAndPropertiesATargetCanBeBuiltFrom() {
        QiskitClientCalls client = service(ApiClient.admin(baseUrl).newTenant("premium", null));
        // _discover_backends_from_instance: GET /backends, names from devices[].name
        List<?> devices = (List<?>) expect(200, client.get("/backends", true)).map().get("devices");
        assertTrue(devices.stream().anyMatch(d -> "it_noisy".equals(((Map<?, ?>) d).get("name"))), devices.toString());
        Map<String, Object> config = expect(200, client.get("/backends/it_noisy/configuration", true)).map();
        // decode_backend_configuration: dateutil.parser.isoparse(config["online_date"])
        assertTrue(Instant.parse((String) config.get("online_date")).isBefore(Instant.now().plusSeconds(1)));
        for (String required : List.of("backend_name", "backend_version", "n_qubits", "basis_gates", "gates", "local",
                "simulator", "conditional", "open_pulse", "memory", "coupling_map", "dt", "supported_instructions")) {
            assertTrue(config.containsKey(required), "QasmBackendConfiguration needs " + required);
        }
        assertEquals(27, ((Number) config.get("n_qubits")).intValue());
        List<?> basis = (List<?>) config.get("basis_gates");
        assertEquals(List.of("ecr", "id", "rz", "sx", "x"), basis);
        Set<List<Integer>> coupled = pairs(config.get("coupling_map"));
        assertEquals(56, coupled.size());
        for (Object g : (List<?>) config.get("gates")) {
            Map<?, ?> gate = (Map<?, ?>) g;
            // GateConfig(**data) takes these keys only
            assertTrue(Set.of("name", "parameters", "qasm_def", "coupling_map", "latency_map", "conditional", "description")
                    .containsAll(gate.keySet()), gate.toString());
            assertTrue(((String) gate.get("qasm_def")).startsWith("gate " + gate.get("name")), gate.toString());
        }
        // IBMBackend.target: GET properties, then convert_to_target; every basis gate has an entry on
        // every qubit (1q) or coupled pair (2q), every qubit its T1, T2, readout error and length
        Map<String, Object> props = expect(200, client.get("/backends/it_noisy/properties", true)).map();
        Instant.parse((String) props.get("last_update_date"));
        Map<String, Set<List<Integer>>> entries = new LinkedHashMap<>();
        for (Object g : (List<?>) props.get("gates")) {
            Map<?, ?> gate = (Map<?, ?>) g;
            List<Integer> qubits = new ArrayList<>();
            for (Object q : (List<?>) gate.get("qubits")) {
                qubits.add(((Number) q).intValue());
            }
            entries.computeIfAbsent((String) gate.get("gate"), k -> new HashSet<>()).add(qubits);
            Set<String> names = new HashSet<>();
            for (Object p : (List<?>) gate.get("parameters")) {
                Map<?, ?> nduv = (Map<?, ?>) p;
                names.add((String) nduv.get("name"));
                assertTrue(List.of("", "ns", "us").contains(nduv.get("unit")), nduv.toString());
                Instant.parse((String) nduv.get("date"));
            }
            assertEquals(Set.of("gate_error", "gate_length"), names);
        }
        for (Object name : basis) {
            Set<List<Integer>> expected = new HashSet<>();
            if ("ecr".equals(name)) {
                expected.addAll(coupled);
            } else {
                for (int q = 0; q < 27; q++) {
                    expected.add(List.of(q));
                }
            }
            assertEquals(expected, entries.get(name), name + " entries");
        }
        List<?> qubits = (List<?>) props.get("qubits");
        assertEquals(27, qubits.size());
        for (Object q : qubits) {
            Set<String> names = new HashSet<>();
            for (Object nduv : (List<?>) q) {
                names.add((String) ((Map<?, ?>) nduv).get("name"));
            }
            assertTrue(names.containsAll(List.of("T1", "T2", "readout_error", "readout_length")), names.toString());
        }
        // IBMBackend.status(): operational = bool(state), status_msg = status, pending_jobs = length_queue
        Map<String, Object> status = expect(200, client.get("/backends/it_noisy/status", true)).map();
        assertEquals(true, status.get("state"));
        assertEquals("active", status.get("status"));
        assertTrue(((Number) status.get("length_queue")).intValue() >= 0);
    }

    @Test
    void samplerV2RunPollAndTypedResult() {
        QiskitClientCalls client = service(ApiClient.admin(baseUrl).newTenant("premium", null));
        // SamplerPub -> [circuit, parameter_values.as_array(circuit.parameters), shots]
        List<Object> measuredBell = Arrays.asList(circuit(ClientArrays.deflate(syntheticMeasuredBell())),
                ClientArrays.float64(new int[] {0}), 1000);
        Map<String, Object> options = Map.of("simulator", Map.of("seed_simulator", 1234));
        String id = submit(client, "sampler", "it_fast", List.of(measuredBell), options, null);
        Map<String, Object> job = awaitFinal(client, id);
        assertEquals("COMPLETED", stateStatus(job));

        Map<String, Object> result = ClientArrays.value(expect(200, client.get("/jobs/" + id + "/results", false)).json(),
                "PrimitiveResult");
        List<?> pubs = (List<?>) result.get("pub_results");
        assertEquals(1, pubs.size());
        Map<String, Object> bin = ClientArrays.value(ClientArrays.value(pubs.get(0), "SamplerPubResult").get("data"), "DataBin");
        assertEquals(List.of("c"), bin.get("field_names"));
        assertEquals(List.of(), bin.get("shape"));
        Map<String, Object> bits = ClientArrays.value(((Map<?, ?>) bin.get("fields")).get("c"), "BitArray");
        assertEquals(2, ((Number) bits.get("num_bits")).intValue());
        ClientArrays.Array array = ClientArrays.read(bits.get("array"));
        assertEquals("|u1", array.descr());
        assertArrayEquals(new int[] {1000, 1}, array.shape());
        int zeros = 0;
        int threes = 0;
        for (double v : array.values()) {
            if (v == 0) {
                zeros++;
            } else if (v == 3) {
                threes++;
            }
        }
        assertEquals(1000, zeros + threes, "a Bell state gives 00 and 11 only");
        assertTrue(zeros > 400 && threes > 400, zeros + " / " + threes);
    }

    @Test
    void estimatorV2RunAndTypedResult() {
        QiskitClientCalls client = service(ApiClient.admin(baseUrl).newTenant("premium", null));
        // EstimatorPub -> [circuit, observables.tolist(), parameter_values.as_array(...), precision]
        List<Object> bell = Arrays.asList(circuitB64(resource("schemas_h_cx_v14.b64")),
                List.of(Map.of("ZZ", 1.0), Map.of("XX", 1.0), Map.of("YY", 1.0)), ClientArrays.float64(new int[] {0}), null);
        // rz(p) on |0>, p = 3.0: an eigenstate of Z whatever p is; one observable of shape () is
        // ObservablesArray.tolist() = a dict, one parameter set of one parameter an array of shape (1,)
        List<Object> rz = Arrays.asList(circuitB64(resource("schemas_rz_param_v14.b64")), Map.of("Z", 1.0),
                ClientArrays.float64(new int[] {1}, 3.0), null);
        Map<String, Object> options = Map.of("default_precision", 0.015625, "seed_estimator", 99);
        String id = submit(client, "estimator", "it_fast", List.of(bell, rz), options, null);
        assertEquals("COMPLETED", stateStatus(awaitFinal(client, id)));
        Map<String, Object> result = ClientArrays.value(expect(200, client.get("/jobs/" + id + "/results", false)).json(),
                "PrimitiveResult");
        List<?> pubs = (List<?>) result.get("pub_results");
        Map<String, Object> bin = ClientArrays.value(ClientArrays.value(pubs.get(0), "PubResult").get("data"), "DataBin");
        assertEquals(List.of(3L), bin.get("shape"));
        Map<?, ?> fields = (Map<?, ?>) bin.get("fields");
        ClientArrays.Array evs = ClientArrays.read(fields.get("evs"));
        ClientArrays.Array stds = ClientArrays.read(fields.get("stds"));
        assertEquals("<f8", evs.descr());
        assertArrayEquals(new int[] {3}, evs.shape());
        double[] exact = {1, 1, -1};
        for (int i = 0; i < 3; i++) {
            // the precision's shot noise on a noiseless backend: within 6 standard deviations
            assertEquals(exact[i], evs.values()[i], 6 * 0.015625 + 1e-9, "ev " + i);
            assertTrue(stds.values()[i] >= 0 && stds.values()[i] < 0.05, "std " + stds.values()[i]);
        }
        Map<String, Object> rzBin = ClientArrays.value(ClientArrays.value(pubs.get(1), "PubResult").get("data"), "DataBin");
        assertEquals(List.of(), rzBin.get("shape"));
        assertEquals(1.0, ClientArrays.read(((Map<?, ?>) rzBin.get("fields")).get("evs")).values()[0], 1e-12);
    }

    @Test
    void usageOfTheActiveInstance() {
        ApiClient tenant = ApiClient.admin(baseUrl).newTenant("premium", 600L);
        QiskitClientCalls client = service(tenant);
        Map<String, Object> usage = expect(200, client.get("/instances/usage", true)).map();
        assertEquals(tenant.instanceId(), usage.get("instance_id"));
        assertEquals(600L, ((Number) usage.get("usage_limit_seconds")).longValue());
        double consumed = ((Number) usage.get("usage_consumed_seconds")).doubleValue();
        assertEquals(0.0, consumed, 1e-9);
        // QiskitRuntimeService.usage(): remaining = max(limit - consumed, 0)
        assertEquals(600.0 - consumed, ((Number) usage.get("usage_remaining_seconds")).doubleValue(), 1e-9);
        assertEquals(false, usage.get("usage_limit_reached"));
    }

    @Test
    void aJobPastItsMaximumExecutionTimeIsCancelled1305ForTheClient() {
        QiskitClientCalls client = service(ApiClient.admin(baseUrl).newTenant("premium", null));
        List<Object> pub = Arrays.asList(circuit(ClientArrays.deflate(syntheticMeasuredBell())), ClientArrays.float64(new int[] {0}), 100);
        // max_execution_time=2 -> "cost": 2; it_slow models about 100 s of QPU time for it
        String id = submit(client, "sampler", "it_slow", List.of(pub), Map.of(), 2L);
        Map<String, Object> job = awaitFinal(client, id);
        Map<?, ?> state = (Map<?, ?>) job.get("state");
        // _status_from_job_response: CANCELLED with reason_code 1305 becomes ERROR (RuntimeJobMaxTimeoutError)
        assertEquals("CANCELLED", stateStatus(job));
        assertEquals(1305, ((Number) state.get("reason_code")).intValue());
        assertTrue(((String) state.get("reason")).contains("maximum execution time of 2 s"), (String) state.get("reason"));
        assertEquals("Cancelled - Ran too long", job.get("status"));
    }

    @Test
    void aSessionWithThreeJobsAndCloseThenABatch() {
        QiskitClientCalls client = service(ApiClient.admin(baseUrl).newTenant("premium", null));
        for (String mode : List.of("dedicated", "batch")) {
            // Session(backend=...) / Batch(backend=...): POST /sessions with the instance's CRN
            Map<String, Object> create = new LinkedHashMap<>();
            create.put("mode", mode);
            create.put("backend", "it_session");
            create.put("instance", client.crn());
            create.put("max_ttl", 300);
            Map<String, Object> session = expect(200, client.send("POST", "/sessions", create)).map();
            String id = (String) session.get("id");
            assertEquals(mode, session.get("mode"));
            assertEquals(300, ((Number) session.get("max_ttl")).intValue());
            List<String> jobs = new java.util.ArrayList<>();
            for (int k = 0; k < 3; k++) {
                List<Object> pub = Arrays.asList(circuit(ClientArrays.deflate(syntheticMeasuredBell())),
                        ClientArrays.float64(new int[] {0}), 100);
                jobs.add(submitIn(client, id, pub));
            }
            for (String job : jobs) {
                assertEquals("COMPLETED", stateStatus(awaitFinal(client, job)));
                assertEquals(id, expect(200, client.get("/jobs/" + job + "?exclude_params=true", true)).map().get("session_id"));
            }
            // session.details(): the fields the client's Session reads
            Map<String, Object> details = expect(200, client.get("/sessions/" + id, true)).map();
            // active, or inactive if the 3 s interactive TTL of the IT server ran out before this read
            assertTrue(List.of("active", "inactive").contains(details.get("state")), details.toString());
            assertEquals("it_session", details.get("backend_name"));
            assertTrue(((Number) details.get("elapsed_time")).doubleValue() > 0, details.toString());
            // session.close(): PATCH accepting_jobs false, 204; nothing pending, so closed
            assertEquals(204, client.send("PATCH", "/sessions/" + id, Map.of("accepting_jobs", false)).status());
            assertEquals("closed", expect(200, client.get("/sessions/" + id, true)).map().get("state"));
            // session.cancel() of a closed session is still 204
            assertEquals(204, client.send("DELETE", "/sessions/" + id + "/close", null).status());
        }
    }

    /** A primitive's run inside a session: the payload names both the backend and the session. */
    private static String submitIn(QiskitClientCalls client, String session, List<Object> pub) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pubs", List.of(pub));
        params.put("options", Map.of());
        params.put("version", 2);
        params.put("support_qiskit", true);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("program_id", "sampler");
        payload.put("params", params);
        payload.put("backend", "it_session");
        payload.put("session_id", session);
        Map<String, Object> answer = expect(200, client.postJob(payload)).map();
        assertEquals(session, answer.get("session_id"));
        return (String) answer.get("id");
    }

    /** QiskitRuntimeService._run: usage check, backend status, then POST /jobs; answers the job id. */
    private static String submit(QiskitClientCalls client, String program, String backend, List<Object> pubs,
                                 Map<String, Object> options, Long cost) {
        expect(200, client.get("/instances/usage", true));
        expect(200, client.get("/backends/" + backend + "/status", true));
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("pubs", pubs);
        params.put("options", options);
        params.put("version", 2);
        params.put("support_qiskit", true);
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("program_id", program);
        payload.put("params", params);
        payload.put("backend", backend);
        if (cost != null) {
            payload.put("cost", cost);
        }
        Map<String, Object> answer = expect(200, client.postJob(payload)).map();
        assertEquals(backend, answer.get("backend"), "the client builds the job's backend from this");
        return (String) answer.get("id");
    }

    /** RuntimeJobV2.wait_for_final_state: GET /jobs/{id}?exclude_params=true until state.status is final. */
    private static Map<String, Object> awaitFinal(QiskitClientCalls client, String id) {
        AtomicReference<Map<String, Object>> last = new AtomicReference<>();
        await().atMost(DEADLINE).pollInterval(Duration.ofMillis(300)).until(() -> {
            last.set(expect(200, client.get("/jobs/" + id + "?exclude_params=true", true)).map());
            return CLIENT_FINAL.contains(stateStatus(last.get()));
        });
        return last.get();
    }

    /** response["state"]["status"].upper(), which the client maps through API_TO_JOB_STATUS. */
    private static String stateStatus(Map<String, Object> job) {
        return ((String) ((Map<?, ?>) job.get("state")).get("status")).toUpperCase();
    }

    private static Set<List<Integer>> pairs(Object couplingMap) {
        Set<List<Integer>> out = new HashSet<>();
        for (Object p : (List<?>) couplingMap) {
            List<?> pair = (List<?>) p;
            out.add(List.of(((Number) pair.get(0)).intValue(), ((Number) pair.get(1)).intValue()));
        }
        return out;
    }

    /** Synthetic (QpyTestWriter, QPY 17): h 0; cx 0, 1; measure both into register c. */
    private static byte[] syntheticMeasuredBell() {
        QpyTestWriter w = new QpyTestWriter(17);
        QpyTestWriter.Body b = w.body(2, 2).qreg("q", 2).creg("c", 0, 2);
        b.add(QpyTestWriter.inst("HGate").q(0)).add(QpyTestWriter.inst("CXGate").q(0, 1).ctrl(1, 1))
                .add(QpyTestWriter.inst("Measure").q(0).c(0)).add(QpyTestWriter.inst("Measure").q(1).c(1));
        return w.file(b);
    }

    private static Map<String, Object> circuit(byte[] zlibQpy) {
        return circuitB64(java.util.Base64.getEncoder().encodeToString(zlibQpy));
    }

    private static Map<String, Object> circuitB64(String value) {
        Map<String, Object> typed = new LinkedHashMap<>();
        typed.put("__type__", "QuantumCircuit");
        typed.put("__value__", value);
        return typed;
    }

    private static String resource(String name) {
        try (InputStream in = QiskitClientReplayIT.class.getResourceAsStream("/qpy/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.US_ASCII).trim();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
