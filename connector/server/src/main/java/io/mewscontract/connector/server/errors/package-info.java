/**
 * Exceptions a service implementation throws to answer with one of the Connector API's client errors; the router
 * maps them to a status and a message. Any other exception becomes a {@code 500} with a generic message: its text
 * never reaches the client.
 */
@NullMarked
package io.mewscontract.connector.server.errors;

import org.jspecify.annotations.NullMarked;
