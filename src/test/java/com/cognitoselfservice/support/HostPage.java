package com.cognitoselfservice.support;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;

import com.sun.net.httpserver.HttpServer;

/**
 * A product's page on an origin of its own (another port of localhost), serving the test
 * host page that embeds the reset pages in an iframe.
 */
public final class HostPage implements AutoCloseable {

    private final HttpServer server;

    private HostPage(HttpServer server) {
        this.server = server;
    }

    public static HostPage start() {
        try {
            HttpServer server = HttpServer.create(new InetSocketAddress("localhost", 0), 0);
            server.createContext("/", (exchange) -> {
                byte[] page;
                try (InputStream in = HostPage.class.getResourceAsStream("/embed-host/index.html")) {
                    page = in.readAllBytes();
                }
                exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
                exchange.sendResponseHeaders(200, page.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(page);
                }
            });
            server.start();
            return new HostPage(server);
        }
        catch (IOException ex) {
            throw new UncheckedIOException(ex);
        }
    }

    public String origin() {
        return "http://localhost:" + server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
    }

}
