package org.parley.app.web;

/** A request the server refuses with 400 and this message (shown to the user as is, escaped). */
final class BadRequest extends RuntimeException {
  BadRequest(String message) {
    super(message);
  }
}
