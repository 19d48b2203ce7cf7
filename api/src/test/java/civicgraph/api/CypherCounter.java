package civicgraph.api;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.data.neo4j.core.Neo4jClient;

/**
 * Counts the Cypher statements the server issues, so a test can tell one query per field from one per row (N+1).
 * Every Cypher statement of the api goes through {@link Neo4jClient#query}: the controllers and {@code *Queries}
 * never touch the driver (only the start-up ingestion does, before any request). Wrapping the client is therefore
 * exact, and needs no driver observation module, which is not on this classpath
 * ({@code neo4j-java-driver-observation-micrometer}, the condition of Boot's
 * {@code Neo4jObservationAutoConfiguration}).
 * <p>
 * The count is global: API test classes run one after another (Surefire's default), and a request's statements
 * are all issued before its HTTP answer is written, so the difference around one request is that request's.
 */
@org.springframework.boot.test.context.TestConfiguration(proxyBeanMethods = false)
public class CypherCounter {

    private final AtomicInteger statements = new AtomicInteger();

    private final List<String> issued = new CopyOnWriteArrayList<>();

    /** Statements issued so far; take the difference around a request. */
    public int statements() {
        return this.statements.get();
    }

    /** The number of statements {@code request} issues. */
    public int count(Runnable request) {
        return issuedDuring(request).size();
    }

    /** The statements {@code request} issues, each by its first line, in order. */
    public List<String> issuedDuring(Runnable request) {
        int before = this.issued.size();
        request.run();
        return List.copyOf(this.issued.subList(before, this.issued.size()));
    }

    private void issue(Object cypher) {
        String text = (cypher instanceof String string) ? string : "(a supplied statement)"; // never call it twice
        this.issued.add(text.strip().lines().findFirst().orElse(""));
        this.statements.incrementAndGet();
    }

    @Bean
    static BeanPostProcessor countingNeo4jClient(org.springframework.beans.factory.ObjectProvider<CypherCounter> counter) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (!(bean instanceof Neo4jClient client)) {
                    return bean;
                }
                InvocationHandler handler = (proxy, method, args) -> {
                    if (method.getName().equals("query") && args != null && args.length == 1
                            && (args[0] instanceof String || args[0] instanceof Supplier)) {
                        counter.getObject().issue(args[0]);
                    }
                    try {
                        return method.invoke(client, args);
                    }
                    catch (InvocationTargetException ex) {
                        throw ex.getCause();
                    }
                };
                return Proxy.newProxyInstance(Neo4jClient.class.getClassLoader(), new Class<?>[] { Neo4jClient.class },
                        handler);
            }
        };
    }
}
