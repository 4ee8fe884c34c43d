package io.qrun.it.api;

import io.qrun.api.QrunApplication;
import io.qrun.api.jobs.JobQueryParameters;
import io.qrun.api.jobs.JobsResource;
import io.qrun.api.security.Roles;
import io.qrun.api.security.Unauthenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HEAD;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.OPTIONS;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Every JAX-RS resource method of the API, found by reflection over the compiled classes of
 * io.qrun.api (the classes annotated {@code @Path}): what OpenApiIT compares the served API
 * description with.
 */
final class ResourceMethods {

    /** One resource method as the API description must show it. */
    record Operation(String method, String path, Set<String> pathParams, Set<String> queryParams,
                     Set<String> headerParams, Set<String> formParams, boolean entity, List<String> produces,
                     List<String> consumes, boolean unauthenticated, boolean admin, String javaName) {

        String key() {
            return method + " " + path;
        }
    }

    private static final String PACKAGE = "io.qrun.api";

    /**
     * Methods that read their query parameters from UriInfo instead of {@code @QueryParam}, with the
     * names they read; a UriInfo method missing here fails the walk.
     */
    private static final Map<String, List<String>> URI_INFO_QUERY = Map.of(
            JobsResource.class.getName() + "#list", JobQueryParameters.NAMES);

    private static final List<Class<? extends Annotation>> HTTP_METHODS = List.of(GET.class, POST.class, PUT.class,
            PATCH.class, DELETE.class, HEAD.class, OPTIONS.class);

    private ResourceMethods() {
    }

    static List<Operation> all() {
        String root = "/" + QrunApplication.class.getAnnotation(ApplicationPath.class).value().replaceAll("^/+|/+$", "");
        List<Operation> ops = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            String classPath = type.getAnnotation(Path.class).value();
            for (Method m : type.getDeclaredMethods()) {
                String http = httpMethod(m);
                if (http != null) {
                    ops.add(operation(root, classPath, type, m, http));
                }
            }
        }
        ops.sort(Comparator.comparing(Operation::key));
        return ops;
    }

    private static Operation operation(String root, String classPath, Class<?> type, Method m, String http) {
        Path methodPath = m.getAnnotation(Path.class);
        String path = join(root, classPath, methodPath == null ? "" : methodPath.value());
        Set<String> pathParams = new TreeSet<>();
        Set<String> query = new TreeSet<>();
        Set<String> headers = new TreeSet<>();
        Set<String> form = new TreeSet<>();
        boolean entity = false;
        String javaName = type.getName() + "#" + m.getName();
        for (Parameter p : m.getParameters()) {
            if (p.isAnnotationPresent(PathParam.class)) {
                pathParams.add(p.getAnnotation(PathParam.class).value());
            } else if (p.isAnnotationPresent(QueryParam.class)) {
                query.add(p.getAnnotation(QueryParam.class).value());
            } else if (p.isAnnotationPresent(HeaderParam.class)) {
                headers.add(p.getAnnotation(HeaderParam.class).value());
            } else if (p.isAnnotationPresent(FormParam.class)) {
                form.add(p.getAnnotation(FormParam.class).value());
            } else if (p.isAnnotationPresent(Context.class)) {
                if (p.getType() == UriInfo.class) {
                    List<String> names = URI_INFO_QUERY.get(javaName);
                    if (names == null) {
                        throw new AssertionError(javaName + " reads its query from UriInfo: add the names it reads to"
                                + " ResourceMethods.URI_INFO_QUERY");
                    }
                    query.addAll(names);
                }
            } else if (p.isAnnotationPresent(BeanParam.class) || p.isAnnotationPresent(MatrixParam.class)
                    || p.isAnnotationPresent(CookieParam.class)) {
                throw new AssertionError(javaName + ": a parameter kind this walk does not read (" + p + ")");
            } else {
                entity = true;
            }
        }
        boolean admin = roles(type.getAnnotation(RolesAllowed.class)).contains(Roles.ADMIN)
                || roles(m.getAnnotation(RolesAllowed.class)).contains(Roles.ADMIN);
        return new Operation(http, path, pathParams, query, headers, form, entity,
                mediaTypes(m.getAnnotation(Produces.class), type.getAnnotation(Produces.class)),
                m.isAnnotationPresent(Consumes.class) ? List.of(m.getAnnotation(Consumes.class).value())
                        : type.isAnnotationPresent(Consumes.class) ? List.of(type.getAnnotation(Consumes.class).value())
                        : List.of(),
                m.isAnnotationPresent(Unauthenticated.class), admin, javaName);
    }

    private static List<String> mediaTypes(Produces onMethod, Produces onClass) {
        Produces p = onMethod != null ? onMethod : onClass;
        return p == null ? List.of() : List.of(p.value());
    }

    private static List<String> roles(RolesAllowed r) {
        return r == null ? List.of() : Arrays.asList(r.value());
    }

    private static String httpMethod(Method m) {
        for (Class<? extends Annotation> a : HTTP_METHODS) {
            if (m.isAnnotationPresent(a)) {
                return a.getSimpleName();
            }
        }
        return null;
    }

    /** /api/v1 + class path + method path, with single slashes and {name: regex} templates as {name}. */
    static String join(String... parts) {
        StringBuilder b = new StringBuilder();
        for (String part : parts) {
            String p = part.replaceAll("^/+|/+$", "");
            if (!p.isEmpty()) {
                b.append('/').append(p);
            }
        }
        return b.toString().replaceAll("\\{\\s*([^}:\\s]+)\\s*:[^}]*}", "{$1}");
    }

    /** The classes of io.qrun.api annotated @Path, from the compiled classes on the test classpath. */
    private static List<Class<?>> resourceClasses() {
        List<Class<?>> found = new ArrayList<>();
        ClassLoader loader = ResourceMethods.class.getClassLoader();
        String dir = PACKAGE.replace('.', '/');
        try {
            Enumeration<URL> roots = loader.getResources(dir);
            while (roots.hasMoreElements()) {
                URL url = roots.nextElement();
                if (!"file".equals(url.getProtocol())) {
                    throw new AssertionError("io.qrun.api is not a directory of classes: " + url);
                }
                java.nio.file.Path base = Paths.get(url.toURI());
                try (Stream<java.nio.file.Path> files = Files.walk(base)) {
                    for (java.nio.file.Path f : files.filter(x -> x.toString().endsWith(".class")).toList()) {
                        String relative = base.relativize(f).toString().replace('\\', '/');
                        String name = PACKAGE + "." + relative.substring(0, relative.length() - ".class".length())
                                .replace('/', '.');
                        Class<?> c = Class.forName(name, false, loader);
                        if (c.isAnnotationPresent(Path.class)) {
                            found.add(c);
                        }
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException | ClassNotFoundException e) {
            throw new AssertionError(e);
        }
        if (found.isEmpty()) {
            throw new AssertionError("no @Path class found under " + dir);
        }
        return found;
    }
}
