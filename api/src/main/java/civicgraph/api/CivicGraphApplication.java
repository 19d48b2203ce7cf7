package civicgraph.api;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;

/** The civic graph GraphQL server. With no Neo4j configured it runs its own, in-process. */
@SpringBootApplication
@ConfigurationPropertiesScan
public class CivicGraphApplication {

    public static void main(String[] args) {
        SpringApplication.run(CivicGraphApplication.class, args);
    }
}
