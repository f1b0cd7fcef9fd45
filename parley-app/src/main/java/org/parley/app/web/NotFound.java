package org.parley.app.web;

/** Nothing at this address: 404 with this message. */
final class NotFound extends RuntimeException {
  NotFound(String message) {
    super(message);
  }
}
