package io.qrun.it.api;

import java.io.File;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.ShrinkWrap;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The REST ITs of the Jobs, Backends and Usage sections: the built WAR (target/qrun.war) deployed
 * as is into the managed WildFly of arquillian.xml, exercised over HTTP as a client would.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
public abstract class ApiITBase {

    @ArquillianResource
    protected URL deploymentUrl;

    @Deployment(testable = false)
    public static WebArchive deployment() {
        return ShrinkWrap.createFromZipFile(WebArchive.class, new File("target/qrun.war"));
    }

    protected ApiClient admin() {
        return ApiClient.admin(deploymentUrl);
    }
}
