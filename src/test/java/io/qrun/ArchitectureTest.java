package io.qrun;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The dependency rules of the architecture (README, Layout), checked on the sources: every
 * reference to another class, by import or by qualified name in code, is read off the text with
 * comments and string literals removed. A rule that breaks names the file and the reference.
 */
class ArchitectureTest {

    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern PACKAGE = Pattern.compile("^package ([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile(
            "\\b((?:io\\.qrun|jakarta|javax|org|com)(?:\\.[a-z_][\\w]*)+)\\.(?:[A-Z*]\\w*)");

    record Source(Path file, String pkg, Set<String> references) {
    }

    private static List<Source> sources;

    @BeforeAll
    static void readSources() throws IOException {
        sources = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> sources.add(read(f)));
        }
        assertTrue(sources.size() > 100, "expected the whole source tree under " + MAIN.toAbsolutePath());
    }

    private static Source read(Path file) {
        try {
            String text = stripCommentsAndStrings(Files.readString(file));
            Matcher p = PACKAGE.matcher(text);
            String pkg = p.find() ? p.group(1) : "";
            Set<String> refs = new TreeSet<>();
            Matcher m = REFERENCE.matcher(text.replaceFirst("(?m)^package [\\w.]+;", ""));
            while (m.find()) {
                refs.add(m.group(1));
            }
            return new Source(file, pkg, refs);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String stripCommentsAndStrings(String s) {
        return s.replaceAll("(?s)/\\*.*?\\*/", " ")
                .replaceAll("(?m)//.*$", " ")
                .replaceAll("\"(?:\\\\.|[^\"\\\\])*\"", "\"\"");
    }

    private static void assertRule(String layer, String rule, Predicate<String> allowed) {
        List<String> broken = new ArrayList<>();
        for (Source s : sources) {
            if (!s.pkg().equals(layer) && !s.pkg().startsWith(layer + ".")) {
                continue;
            }
            for (String ref : s.references()) {
                if (!allowed.test(ref)) {
                    broken.add(MAIN.relativize(s.file()) + " uses " + ref);
                }
            }
        }
        assertEquals(List.of(), broken, layer + ": " + rule);
    }

    private static boolean within(String ref, String... packages) {
        for (String p : packages) {
            if (ref.equals(p) || ref.startsWith(p + ".")) {
                return true;
            }
        }
        return false;
    }

    private static boolean qrun(String ref) {
        return within(ref, "io.qrun");
    }

    @Test
    void theEngineImportsNothingElseOfQrunAndNoJakartaEe() {
        assertRule("io.qrun.engine", "the engine is plain Java and knows nothing of the service",
                ref -> within(ref, "io.qrun.engine") || !(qrun(ref) || within(ref, "jakarta", "javax")));
    }

    @Test
    void theDomainImportsOnlyTheDomainEngineValuesAndJakartaPersistence() {
        assertRule("io.qrun.domain", "domain imports only domain, engine value types and Jakarta Persistence",
                ref -> within(ref, "io.qrun.domain", "io.qrun.engine.circuit", "io.qrun.engine.target",
                        "jakarta.persistence"));
    }

    @Test
    void theApplicationNeverImportsApiBatchSchedulingOrInfrastructure() {
        assertRule("io.qrun.application", "application never imports api, batch, scheduling or infrastructure",
                ref -> !within(ref, "io.qrun.api", "io.qrun.batch", "io.qrun.scheduling", "io.qrun.infrastructure",
                        "io.qrun.engine"));
    }

    @Test
    void theApiImportsOnlyApplicationAndDomain() {
        assertRule("io.qrun.api", "api imports application and domain only",
                ref -> !qrun(ref) || within(ref, "io.qrun.api", "io.qrun.application", "io.qrun.domain"));
    }

    @Test
    void batchAndSchedulingNeverImportTheApi() {
        assertRule("io.qrun.batch", "batch never imports api", ref -> !within(ref, "io.qrun.api"));
        assertRule("io.qrun.scheduling", "scheduling never imports api", ref -> !within(ref, "io.qrun.api"));
    }

    @Test
    void infrastructureNeverImportsTheApiOrTheBatchSteps() {
        assertRule("io.qrun.infrastructure", "infrastructure implements ports; it never calls the API or batch steps",
                ref -> !within(ref, "io.qrun.api", "io.qrun.batch"));
    }

    @Test
    void noInternalPackageIsUsedOutsideItsParent() {
        List<String> broken = new ArrayList<>();
        for (Source s : sources) {
            for (String ref : s.references()) {
                int i = ref.indexOf(".internal");
                if (qrun(ref) && i > 0 && !s.pkg().startsWith(ref.substring(0, i))) {
                    broken.add(MAIN.relativize(s.file()) + " uses " + ref);
                }
            }
        }
        assertEquals(List.of(), broken, "an internal package is used outside its parent");
    }

    @Test
    void theRulesSeeQualifiedNamesInCodeButNotInComments() {
        String text = stripCommentsAndStrings("/** see io.qrun.api.Foo */ class A { io.qrun.batch.B b; String s = \"io.qrun.x.Y\"; }");
        Matcher m = REFERENCE.matcher(text);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(1));
        }
        assertEquals(List.of("io.qrun.batch"), found);
    }
}
