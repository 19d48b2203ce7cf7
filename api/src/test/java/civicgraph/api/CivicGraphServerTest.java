package civicgraph.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.graphql.test.autoconfigure.tester.AutoConfigureHttpGraphQlTester;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;

/**
 * The server on its embedded default, as a user runs it: a real in-process Neo4j (fresh folder, any free Bolt
 * port) loaded with the bundled corpus, answering over HTTP on a random port. Every API test class uses exactly
 * this configuration, so Spring's context cache starts Neo4j once for the whole suite. {@link CypherCounter} is
 * part of it (for every class, not only the batching tests), so that it does not split the context cache.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = { "civic.bolt-port=0", "civic.data-dir=${java.io.tmpdir}/server-tests/${random.uuid}" })
@AutoConfigureHttpGraphQlTester
@Import(CypherCounter.class)
public @interface CivicGraphServerTest {
}
