package org.marsad.web;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own errors (a request it cannot parse, a path with bytes that are not UTF-8), said as
 * the desk says every error: JSON with the status and a message, under the same policy headers.
 * Without it Jetty answers these with its HTML page.
 */
final class JsonErrors extends ErrorHandler {

  @Override
  protected void generateResponse(Request request, Response response, int code, String message, Throwable cause,
      Callback callback) throws IOException {
    HttpFields.Mutable headers = response.getHeaders();
    headers.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    headers.put("Content-Security-Policy", WebServer.CSP);
    headers.put("X-Content-Type-Options", "nosniff");
    response.write(true, ByteBuffer.wrap(body(code, message)), callback);
  }

  @Override
  public ByteBuffer badMessageError(int status, String reason, HttpFields.Mutable fields) {
    fields.put(HttpHeader.CONTENT_TYPE, "application/json; charset=utf-8");
    return ByteBuffer.wrap(body(status, reason));
  }

  private static byte[] body(int code, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", code);
    body.put("error", "the request cannot be read" + (message == null || message.isBlank() ? ""
        : ": " + message) + "; check the address and its %-encoding (UTF-8)");
    return Charts.json(body).getBytes(StandardCharsets.UTF_8);
  }
}
