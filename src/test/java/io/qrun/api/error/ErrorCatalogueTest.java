package io.qrun.api.error;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.qrun.application.ErrorCode;
import io.qrun.application.QrunException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The error catalogue (ErrorCode), its documentation (docs/errors.md) and the code that answers
 * errors agree: one section per code and no other; each section starts with the code's HTTP
 * status; every code is answered somewhere; and no error body can carry a code that is not a
 * constant of the catalogue.
 */
class ErrorCatalogueTest {

    private static final Path DOC = Path.of("docs/errors.md");
    private static final Path MAIN = Path.of("src/main/java");
    private static final Pattern CODE = Pattern.compile("[a-z]+(_[a-z]+)*");

    /** The sections of docs/errors.md: heading text to the section's text. */
    private static Map<String, String> sections() {
        Map<String, String> sections = new LinkedHashMap<>();
        String heading = null;
        StringBuilder text = new StringBuilder();
        for (String line : read(DOC).split("\n", -1)) {
            if (line.startsWith("## ")) {
                if (heading != null) {
                    sections.put(heading, text.toString().trim());
                }
                heading = line.substring(3).trim();
                assertTrue(!sections.containsKey(heading), "docs/errors.md has two sections '## " + heading + "'");
                text.setLength(0);
            } else if (heading != null) {
                text.append(line).append('\n');
            }
        }
        if (heading != null) {
            sections.put(heading, text.toString().trim());
        }
        return sections;
    }

    private static Set<String> catalogue() {
        return Arrays.stream(ErrorCode.values()).map(ErrorCode::code).collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void everyHeadingIsExactlyOneCode() {
        for (String heading : sections().keySet()) {
            assertTrue(CODE.matcher(heading).matches(), "docs/errors.md: '## " + heading
                    + "' is not one code; give each code its own '## <code>' section and no other '## ' headings");
        }
    }

    @Test
    void docsAndCatalogueHaveTheSameCodes() {
        Set<String> documented = new TreeSet<>(sections().keySet());
        Set<String> undocumented = new TreeSet<>(catalogue());
        undocumented.removeAll(documented);
        Set<String> unknown = new TreeSet<>(documented);
        unknown.removeAll(catalogue());
        assertEquals(Set.of(), undocumented, "codes of ErrorCode without a '## <code>' section in docs/errors.md");
        assertEquals(Set.of(), unknown, "sections of docs/errors.md for codes that ErrorCode does not have");
    }

    @Test
    void everySectionStartsWithTheStatusItIsAnsweredWith() {
        Map<String, String> sections = sections();
        for (ErrorCode code : ErrorCode.values()) {
            String text = sections.getOrDefault(code.code(), "");
            String status = Integer.toString(ErrorResponses.status(code.kind()));
            assertTrue(text.startsWith(status), "docs/errors.md#" + code.code() + " must start with its status " + status
                    + ", found: " + text.substring(0, Math.min(40, text.length())));
            assertTrue(text.length() > 40, "docs/errors.md#" + code.code() + " must say when it is answered and how to fix it");
        }
    }

    /** A code in the catalogue that no source answers would be documented for nothing. */
    @Test
    void everyCodeIsAnsweredBySomeSource() {
        String sources = mainSources().entrySet().stream()
                .filter(e -> !e.getKey().endsWith("ErrorCode.java"))
                .map(Map.Entry::getValue).collect(Collectors.joining("\n"));
        List<String> unused = new ArrayList<>();
        for (ErrorCode code : ErrorCode.values()) {
            if (!Pattern.compile("\\bErrorCode\\." + code.name() + "\\b").matcher(sources).find()) {
                unused.add(code.code());
            }
        }
        assertEquals(List.of(), unused, "codes of ErrorCode that src/main/java never answers");
    }

    /**
     * The only ways to an error body take an ErrorCode: QrunException's constructors and
     * ErrorResponses' builders. No source writes the body's fields itself or turns a string into
     * a code, so a code outside the catalogue cannot be answered.
     */
    @Test
    void errorsCanOnlyBeBuiltFromACatalogueConstant() throws Exception {
        for (Constructor<?> c : QrunException.class.getConstructors()) {
            assertEquals(ErrorCode.class, c.getParameterTypes()[0], "QrunException" + Arrays.toString(c.getParameterTypes()));
        }
        for (Method m : ErrorResponses.class.getDeclaredMethods()) {
            boolean builder = Modifier.isPublic(m.getModifiers())
                    && (m.getName().equals("body") || m.getName().equals("response"));
            if (builder) {
                assertTrue(Arrays.asList(m.getParameterTypes()).contains(ErrorCode.class), "ErrorResponses." + m.getName()
                        + Arrays.toString(m.getParameterTypes()) + " must take an ErrorCode");
            }
        }
        Pattern bodyField = Pattern.compile("\"(more_info|errors)\"");
        Pattern codeFromText = Pattern.compile("ErrorCode\\.valueOf|ErrorCode::valueOf");
        for (Map.Entry<Path, String> source : mainSources().entrySet()) {
            String name = source.getKey().getFileName().toString();
            if (!name.equals("ErrorResponses.java")) {
                Matcher m = bodyField.matcher(source.getValue());
                if (m.find()) {
                    throw new AssertionError(source.getKey() + " writes the error body's field " + m.group()
                            + " itself; build errors with ErrorResponses or QrunException");
                }
            }
            assertTrue(!codeFromText.matcher(source.getValue()).find(), source.getKey()
                    + " makes an ErrorCode from text; name the constant");
        }
    }

    @Test
    void moreInfoLinksToTheCodesSection() {
        String body = ErrorResponses.body("t-1", ErrorCode.INVALID_COST, "cost is 0: ...");
        assertEquals("{\"trace\":\"t-1\",\"error\":\"cost is 0: ...\",\"errors\":[{\"code\":\"invalid_cost\","
                + "\"message\":\"cost is 0: ...\",\"more_info\":\"docs/errors.md#invalid_cost\"}]}", body);
    }

    static Map<Path, String> mainSources() {
        try (Stream<Path> files = Files.walk(MAIN)) {
            Map<Path, String> out = new LinkedHashMap<>();
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> out.put(f, read(f)));
            assertTrue(out.size() > 100, "expected the whole source tree under " + MAIN.toAbsolutePath());
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
