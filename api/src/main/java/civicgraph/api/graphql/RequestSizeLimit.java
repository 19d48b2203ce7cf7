package civicgraph.api.graphql;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Caps the body of a request to the GraphQL endpoint (civic.limits.max-request-size). Tomcat caps form posts
 * only and Spring for GraphQL reads a JSON body whole, so without this a client could send any amount. A larger
 * body is answered 413 with a GraphQL-shaped LIMIT_EXCEEDED error, before anything parses it; a body without a
 * Content-Length (chunked) is read up to the cap and refused the same way.
 */
@Configuration(proxyBeanMethods = false)
class RequestSizeLimit {

    @Bean
    FilterRegistrationBean<OncePerRequestFilter> requestSizeLimitFilter(QueryLimitsProperties limits,
            @Value("${spring.graphql.http.path:/graphql}") String graphQlPath) {
        var registration = new FilterRegistrationBean<OncePerRequestFilter>(new Filter(limits.maxRequestSize()
            .toBytes()));
        registration.addUrlPatterns(graphQlPath);
        registration.setName("graphQlRequestSizeLimit");
        return registration;
    }

    static final class Filter extends OncePerRequestFilter {

        private final long maxBytes;

        Filter(long maxBytes) {
            this.maxBytes = maxBytes;
        }

        @Override
        protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
                throws ServletException, IOException {
            long declared = request.getContentLengthLong();
            if (declared > this.maxBytes) {
                refuse(response, declared + " bytes");
                return;
            }
            if (declared >= 0) {
                chain.doFilter(request, response); // Tomcat stops reading at the declared length
                return;
            }
            byte[] body = request.getInputStream().readNBytes(Math.toIntExact(this.maxBytes + 1));
            if (body.length > this.maxBytes) {
                refuse(response, "more than " + this.maxBytes + " bytes");
                return;
            }
            chain.doFilter(new BufferedRequest(request, body), response);
        }

        private void refuse(HttpServletResponse response, String size) throws IOException {
            String message = "request body: " + size + " is more than the " + this.maxBytes + " bytes allowed";
            response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
            response.setContentType(MediaType.APPLICATION_JSON_VALUE);
            response.setCharacterEncoding(StandardCharsets.UTF_8.name());
            response.getWriter().write("{\"errors\":[{\"message\":\"" + message + "\",\"extensions\":{\"classification\":\""
                    + CivicErrorType.LIMIT_EXCEEDED + "\",\"limit\":\"requestSize\",\"max\":" + this.maxBytes + "}}]}");
        }
    }

    /** The request with its body already read. */
    private static final class BufferedRequest extends HttpServletRequestWrapper {

        private final byte[] body;

        BufferedRequest(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public int getContentLength() {
            return this.body.length;
        }

        @Override
        public long getContentLengthLong() {
            return this.body.length;
        }

        @Override
        public ServletInputStream getInputStream() {
            ByteArrayInputStream in = new ByteArrayInputStream(this.body);
            return new ServletInputStream() {
                @Override
                public int read() {
                    return in.read();
                }

                @Override
                public int read(byte[] buffer, int offset, int length) {
                    return in.read(buffer, offset, length);
                }

                @Override
                public boolean isFinished() {
                    return in.available() == 0;
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("the body is already read");
                }
            };
        }
    }
}
