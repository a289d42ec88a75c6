package io.ticketflow.system;

import org.apache.tomcat.util.buf.EncodedSolidusHandling;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.stereotype.Component;

/**
 * Tomcat refuses a path with an encoded slash ({@code %2F}) itself, with its own HTML error page. Passed through,
 * the path reaches Spring Security's firewall, which refuses it too but answers 400 Problem Details like every other
 * malformed request ({@code security/ProblemResponses}). Nothing behind the firewall ever sees such a path.
 */
@Component
class EncodedSlashes implements WebServerFactoryCustomizer<TomcatServletWebServerFactory> {

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addConnectorCustomizers(connector -> connector.setEncodedSolidusHandling(
                EncodedSolidusHandling.PASS_THROUGH.getValue()));
    }
}
